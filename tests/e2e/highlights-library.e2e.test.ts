import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Download } from 'playwright-core';
import { ARTIFACTS_DIR, expect, test } from './fixtures';
import { newHighlight } from '../../utils/highlights/new-highlight';
import { allHighlights, drawnRanges, putHighlight, selectInParagraph } from './highlights-helpers';

// The library: a side note's claim saved with its links, editing, search, export (a format chosen by keyboard,
// then the Export button; Markdown notes in one zip, named after the story), delete everything, import the
// export, and find the same set (also drawn again on the page); an import over a changed highlight asks first.
// Deleting what a search shows, once confirmed, and its Undo after another message.

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

test('edit in the library; export, delete everything, import, and find the same set', async ({
  newsroom,
  visit,
  context,
  extensionId,
  serviceWorker,
}) => {
  const article = newsroom.pages.find((p) => p.kind === 'unrelated')!;
  const page = await visit(article.path);
  for (const [n, from] of [
    [0, 0],
    [2, 5],
  ] as const) {
    await selectInParagraph(page, n, from, 70);
    await page.locator('sidelight-save button').click();
    await expect.poll(() => page.getByTestId('highlight-saved').count()).toBe(1);
    await page.getByRole('button', { name: 'Close' }).click();
  }

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  // A side note's claim with its linked passages, as the side notes save it (notes-save.e2e saves one from the
  // page); written here straight into the database, for a page that is not open.
  const claim = newHighlight(
    {
      url: new URL('/claim-page', newsroom.url).href,
      quote: { exact: 'Claim text from a side note', prefix: '', suffix: '' },
      page: { title: 'Seed article', outlet: 'UNIAN' },
      storyId: 'witkoff-leak',
      links: [
        {
          articleId: 'a2',
          outlet: 'Insider',
          url: 'https://insider.example/x',
          text: 'Matching passage',
          relation: 'differs',
        },
        {
          articleId: 'a3',
          outlet: 'Capital Post',
          url: 'https://capitalpost.example/y',
          text: 'A passage the note was less sure of',
          relation: 'same',
          probability: 0.6,
        },
      ],
    },
    'claim-from-a-note',
    Date.now(),
  );
  await putHighlight(serviceWorker, claim);
  await library.reload();
  await expect.poll(() => library.getByTestId('library-count').textContent()).toBe('3 highlights');
  await expect
    .poll(() => library.getByRole('heading', { name: /Story: Who leaked the Witkoff–Ushakov calls/ }).count())
    .toBe(1);
  // Each saved passage says what its note said of it: "probably" where the note was less sure.
  await expect
    .poll(() => library.getByTestId('library-link').locator('.relation').allTextContents())
    .toEqual(['(same claim, differs)', '(probably the same claim)']);

  // Edit a comment and tags, then find it by comment and by tag.
  const item = library.getByTestId('library-item').first();
  await item.getByRole('button', { name: 'Edit comment and tags' }).click();
  await item.getByLabel('Comment').fill('Checked against the council minutes');
  await item.getByLabel('Tags').fill('council, verified');
  await item.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(() => library.getByTestId('library-comment').textContent())
    .toBe('Checked against the council minutes');
  await library.getByRole('searchbox').fill('council minutes');
  await expect.poll(() => library.getByTestId('library-count').textContent()).toBe('1 of 3 highlights');
  await library.getByRole('searchbox').fill('#verified');
  await expect.poll(() => library.getByTestId('library-item').count()).toBe(1);
  await library.getByRole('searchbox').fill('');

  // Export the JSON-LD collection.
  const before = byId(await allHighlights(serviceWorker));
  expect(before.some((h) => h.comment === 'Checked against the council minutes' && h.tags.includes('verified'))).toBe(
    true,
  );
  // Arrowing through the formats only chooses one (each step is a change); the Export button downloads it.
  const downloads: Download[] = [];
  library.on('download', (d) => downloads.push(d));
  const exportButton = library.getByRole('button', { name: 'Export', exact: true });
  expect(await exportButton.isDisabled()).toBe(true);
  await library.getByLabel('Export format').focus();
  for (let i = 0; i < 4; i++) await library.keyboard.press('ArrowDown');
  expect(await library.getByLabel('Export format').inputValue()).toBe('jsonld');
  await library.keyboard.press('Tab');
  expect(await exportButton.evaluate((b) => b === document.activeElement)).toBe(true);
  const [download] = await Promise.all([library.waitForEvent('download'), library.keyboard.press('Enter')]);
  expect(downloads).toEqual([download]);
  const file = join(ARTIFACTS_DIR, 'highlights-export.jsonld');
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ type: 'AnnotationCollection', total: 3 });

  // Markdown, one note per story, in one zip: the story's note and heading carry its title; the other page goes
  // by source.
  downloads.length = 0;
  await library.getByLabel('Export format').selectOption('markdown-story');
  await exportButton.click();
  await expect.poll(() => downloads.length).toBe(1);
  const zipFile = join(ARTIFACTS_DIR, 'highlights-story.zip');
  await downloads[0]!.saveAs(zipFile);
  const notes = unzipSync(readFileSync(zipFile));
  expect(Object.keys(notes)).toHaveLength(2);
  expect(Object.keys(notes)).toContain('Who leaked the Witkoff–Ushakov calls.md');
  expect(strFromU8(notes['Who leaked the Witkoff–Ushakov calls.md']!)).toMatch(
    /\n---\n\n# Who leaked the Witkoff–Ushakov calls\n/,
  );
  library.removeAllListeners('download');

  // Delete everything, once confirmed (undo is offered), then a malformed import is rejected whole, naming the field.
  await library.getByRole('button', { name: 'Delete all' }).click();
  await library.getByRole('button', { name: 'Yes, delete 3 highlights' }).click();
  await expect.poll(() => library.getByTestId('library-count').textContent()).toBe('0 highlights');
  await expect.poll(() => library.getByRole('button', { name: 'Undo' }).count()).toBe(1);
  expect(await allHighlights(serviceWorker)).toEqual([]);
  const bad = JSON.parse(readFileSync(file, 'utf8'));
  bad.first.items[2].target.selector[0].exact = null;
  const badFile = join(ARTIFACTS_DIR, 'highlights-bad.jsonld');
  writeFileSync(badFile, JSON.stringify(bad));
  await library.getByTestId('library-import').setInputFiles(badFile);
  await expect
    .poll(() => library.getByRole('alert').textContent())
    .toContain('first.items[2].target.selector[0].exact');
  expect(await allHighlights(serviceWorker)).toEqual([]);

  // Import the export: the same set, exactly.
  await library.getByTestId('library-import').setInputFiles(file);
  await expect.poll(() => library.getByTestId('library-count').textContent()).toBe('3 highlights');
  expect(byId(await allHighlights(serviceWorker))).toEqual(before);

  // And they are drawn on their page again.
  await page.reload({ waitUntil: 'load' });
  await expect.poll(() => drawnRanges(page).then((r) => r.length)).toBe(2);

  // An imported address that is not a web address is listed as text, never made a link.
  const hostile = JSON.parse(readFileSync(file, 'utf8'));
  hostile.first.items[0].target.source = 'javascript:alert(document.domain)';
  hostile.first.items[0].target['sidelight:canonical'] = 'javascript:alert(document.domain)';
  const hostileFile = join(ARTIFACTS_DIR, 'highlights-hostile.jsonld');
  writeFileSync(hostileFile, JSON.stringify(hostile));
  await library.getByTestId('library-import').setInputFiles(hostileFile);
  // Its id is in the library already, with other content: the import asks before it writes over it.
  await expect.poll(() => library.getByTestId('import-conflict').textContent()).toContain('1 highlight in the file');
  expect(await allHighlights(serviceWorker).then((all) => all.filter((h) => h.url.startsWith('javascript:')))).toEqual(
    [],
  );
  await library.getByRole('button', { name: 'Replace with the file’s' }).click();
  await expect
    .poll(() => allHighlights(serviceWorker).then((all) => all.filter((h) => h.url.startsWith('javascript:')).length))
    .toBe(1);
  await expect.poll(() => library.getByTestId('library-item').count()).toBe(3);
  expect(await library.locator('a[href^="javascript:"]').count()).toBe(0);
  await library.close();
});

test('delete what the search shows, once confirmed; the rest stays, and Undo brings them back after another message', async ({
  newsroom,
  context,
  extensionId,
  serviceWorker,
}) => {
  const url = new URL('/delete-shown', newsroom.url).href;
  const seed = (id: string, tag: string) =>
    newHighlight(
      { url, quote: { exact: `Passage ${id}`, prefix: '', suffix: '' }, page: { title: 'Delete test' }, tags: [tag] },
      id,
      Date.now(),
    );
  const seeds: [string, string][] = [
    ['gone-1', 'to-delete'],
    ['gone-2', 'to-delete'],
    ['kept-1', 'to-keep'],
    ['kept-2', 'to-keep'],
  ];
  for (const [id, tag] of seeds) await putHighlight(serviceWorker, seed(id, tag));
  const ids = async () => (await allHighlights(serviceWorker)).map((h) => h.id).sort();
  const before = await ids();
  expect(before).toEqual(expect.arrayContaining(['gone-1', 'gone-2', 'kept-1', 'kept-2']));

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect.poll(() => library.getByTestId('library-count').textContent()).toBe(`${before.length} highlights`);
  await library.getByRole('searchbox').fill('#to-delete');
  await expect.poll(() => library.getByTestId('library-item').count()).toBe(2);

  // The button says it deletes the two shown, and asks before it does.
  await library.getByRole('button', { name: 'Delete the 2 shown' }).click();
  await expect
    .poll(() => library.getByTestId('delete-confirm').textContent())
    .toContain('Delete the 2 highlights shown for “#to-delete”?');
  expect(await ids()).toEqual(before);
  await library.getByRole('button', { name: 'Yes, delete 2 highlights' }).click();
  await expect.poll(ids).toEqual(before.filter((id) => !id.startsWith('gone-')));
  await expect.poll(() => library.getByTestId('library-undo').textContent()).toContain('Deleted 2 highlights.');

  // Another message (an edited comment saved) does not take the Undo away.
  await library.getByRole('searchbox').fill('#to-keep');
  const item = library.getByTestId('library-item').first();
  await item.getByRole('button', { name: 'Edit comment and tags' }).click();
  await item.getByLabel('Comment').fill('Still here');
  await item.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => library.getByTestId('library-comment').textContent()).toBe('Still here');
  expect(await library.getByRole('button', { name: 'Undo' }).count()).toBe(1);

  await library.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(ids).toEqual(before);
  await expect.poll(() => library.getByTestId('library-undo').count()).toBe(0);
  expect(await library.getByTestId('library-status').textContent()).toBe('Restored 2 highlights.');
  await library.close();
});

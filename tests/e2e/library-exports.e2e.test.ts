import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { ARTIFACTS_DIR, expect, test } from './fixtures';
import { newHighlight } from '../../utils/highlights/new-highlight';
import { allHighlights, drawnRanges, putHighlight } from './highlights-helpers';

// Issue 20, exports a researcher can keep using, in the library page as a person uses it: Markdown notes come as
// one zip, one note a page, with YAML front matter and ids; exporting again gives the same bytes, and after an
// edit the same notes; a Hypothesis export imports through the import control (reached by the keyboard), its
// highlights listed and drawn on their page, and what it left out said.

const HOSTILE_TITLE = '—“Live”: updates\n---\ntitle: injected #1';

/** The library page, loaded, with `count` highlights. */
async function openLibrary(page: Page, extensionId: string, count: number) {
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  await expect.poll(() => page.getByTestId('library-count').textContent()).toBe(`${count} highlights`);
}

/** Exports by choosing the format by its name and pressing Export; the zip's files, as text, by name. */
async function exportNotes(library: Page, file: string): Promise<{ bytes: Buffer; notes: Record<string, string> }> {
  await library.getByLabel('Export format').selectOption({ label: 'Markdown notes, one per page (zip)' });
  const [download] = await Promise.all([
    library.waitForEvent('download'),
    library.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^sidelight-notes-by-page-\d{4}-\d{2}-\d{2}\.zip$/);
  const path = join(ARTIFACTS_DIR, file);
  await download.saveAs(path);
  const bytes = readFileSync(path);
  const notes = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([n, b]) => [n, strFromU8(b)]));
  return { bytes, notes };
}

/** A note's front matter, read by a YAML parser. */
const props = (note: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(note)![1]!) as Record<string, unknown>;
const blockIds = (note: string) => note.match(/^\^hl-[0-9a-f]{16}$/gm) ?? [];

let first: Awaited<ReturnType<typeof exportNotes>>;

test('exports one Markdown note per page, in one zip, with front matter and an id for each highlight', async ({
  newsroom,
  page,
  extensionId,
  serviceWorker,
}) => {
  const at = (path: string) => new URL(path, newsroom.url).href;
  const seeds = [
    newHighlight(
      {
        url: at('/export-a'),
        quote: { exact: 'The council approved the budget', prefix: '', suffix: '' },
        page: { title: 'Council passes budget', outlet: 'Harbour Herald', author: 'Ana Diaz', published: '2025-11-20' },
        comment: 'Check the vote count',
        tags: ['council', 'budget'],
      },
      'export-1',
      Date.UTC(2025, 10, 21),
    ),
    newHighlight(
      {
        url: at('/export-a'),
        quote: { exact: 'by seven votes to two', prefix: '', suffix: '' },
        page: { title: 'Council passes budget', outlet: 'Harbour Herald' },
      },
      'export-2',
      Date.UTC(2025, 10, 22),
    ),
    newHighlight(
      {
        url: at('/export-b'),
        quote: { exact: 'Crowds gathered at the harbour', prefix: '', suffix: '' },
        page: { title: HOSTILE_TITLE },
      },
      'export-3',
      Date.UTC(2025, 10, 23),
    ),
  ];
  for (const h of seeds) await putHighlight(serviceWorker, h);
  await openLibrary(page, extensionId, 3);

  first = await exportNotes(page, 'notes-by-page.zip');
  // One note a page, named after its title: no leading punctuation, no line break, no reserved character.
  expect(Object.keys(first.notes).sort()).toEqual([
    'Council passes budget.md',
    'Live” updates --- title injected 1.md',
  ]);
  const council = first.notes['Council passes budget.md']!;
  expect(props(council)).toMatchObject({
    title: 'Council passes budget',
    url: at('/export-a'),
    site: 'Harbour Herald',
    author: 'Ana Diaz',
    date: '2025-11-20',
    tags: ['council', 'budget'],
    sidelight_id: expect.stringMatching(/^page-[0-9a-f]{16}$/),
  });
  expect(council).toContain('> The council approved the budget\n\n^hl-');
  expect(blockIds(council)).toHaveLength(2);
  // The hostile title is the front matter's title, whole, and nothing more.
  const hostile = props(first.notes['Live” updates --- title injected 1.md']!);
  expect(hostile.title).toBe(HOSTILE_TITLE);
  expect(Object.keys(hostile)).toEqual(['title', 'url', 'sidelight_id']);
});

test('exporting again gives the same bytes; after an edit, the same notes and ids with the edit', async ({
  page,
  extensionId,
}) => {
  await openLibrary(page, extensionId, 3);
  const again = await exportNotes(page, 'notes-by-page-again.zip');
  expect(again.bytes.equals(first.bytes)).toBe(true);

  const item = page.locator('[data-testid="library-item"][data-id="export-2"]');
  await item.getByRole('button', { name: 'Edit comment and tags' }).click();
  await item.getByLabel('Comment').fill('Seven to two, per the minutes');
  await item.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => item.getByTestId('library-comment').textContent()).toBe('Seven to two, per the minutes');

  const edited = await exportNotes(page, 'notes-by-page-edited.zip');
  expect(Object.keys(edited.notes).sort()).toEqual(Object.keys(first.notes).sort());
  const [before, after] = [first.notes['Council passes budget.md']!, edited.notes['Council passes budget.md']!];
  expect(props(after).sidelight_id).toBe(props(before).sidelight_id);
  expect(blockIds(after)).toEqual(blockIds(before));
  expect(after).toContain('Seven to two, per the minutes');
  expect(before).not.toContain('Seven to two, per the minutes');
});

/** A Hypothesis client export of two highlights on `url` (passages of its text), a reply and a page note. */
function hypothesisExport(url: string, title: string, quotes: [string, string]) {
  const annotation = (id: string, extra: object) => ({
    id,
    created: '2025-11-26T13:12:56.381904+00:00',
    updated: '2025-11-26T13:14:02.117552+00:00',
    user: 'acct:researcher@hypothes.is',
    uri: url,
    text: '',
    tags: [],
    group: '__world__',
    permissions: { read: ['group:__world__'] },
    target: [{ source: url }],
    document: { title: [title] },
    links: { html: `https://hypothes.is/a/${id}` },
    flagged: false,
    hidden: false,
    ...extra,
  });
  const quoted = (exact: string, start: number) => [
    {
      type: 'RangeSelector',
      startContainer: '/main[1]/p[2]',
      startOffset: 0,
      endContainer: '/main[1]/p[2]',
      endOffset: 9,
    },
    { type: 'TextPositionSelector', start, end: start + exact.length },
    { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  ];
  return {
    export_date: '2025-11-27T09:41:12.505Z',
    export_userid: 'acct:researcher@hypothes.is',
    client_version: '1.1612.0',
    annotations: [
      annotation('HypoFirst_1', {
        text: 'Noted in Hypothesis',
        tags: ['from-hypothesis'],
        target: [{ source: url, selector: quoted(quotes[0], 100) }],
      }),
      annotation('HypoSecond_2', { target: [{ source: url, selector: quoted(quotes[1], 400) }] }),
      annotation('HypoReply_3', { text: 'A reply', references: ['HypoFirst_1'] }),
      annotation('HypoPageNote_4', { text: 'A page note' }),
    ],
  };
}

test('imports a Hypothesis export through the import control: listed, said, and drawn on its page', async ({
  newsroom,
  visit,
  context,
  extensionId,
  serviceWorker,
}) => {
  const article = newsroom.pages.find((p) => p.kind === 'unrelated')!;
  const page = await visit(article.path);
  const quotes = await page.evaluate(() => {
    const long = [...document.querySelectorAll('p')].map((p) => p.textContent ?? '').filter((t) => t.length > 120);
    return [long[0]!.slice(0, 60).trim(), long[1]!.slice(0, 60).trim()] as [string, string];
  });
  const file = join(ARTIFACTS_DIR, 'hypothesis-export.json');
  writeFileSync(file, JSON.stringify(hypothesisExport(page.url(), article.title, quotes), null, 2));

  const library = await context.newPage();
  await openLibrary(library, extensionId, 3);
  // The keyboard reaches the import control: Tab from the format list (the Export button waits for a format).
  const input = library.getByLabel('Import JSON-LD or Hypothesis');
  await library.getByLabel('Export format').focus();
  await library.keyboard.press('Tab');
  expect(await input.evaluate((i) => i === document.activeElement)).toBe(true);
  await input.setInputFiles(file);

  await expect
    .poll(() => library.getByTestId('library-status').textContent())
    .toBe('Imported 2. 1 reply and 1 page note were not imported: Sidelight keeps highlights of quoted text.');
  await expect.poll(() => library.getByTestId('library-count').textContent()).toBe('5 highlights');
  const listed = await library.getByTestId('library-item').locator('blockquote').allTextContents();
  expect(listed).toEqual(expect.arrayContaining(quotes));
  await library.getByRole('searchbox').fill('#from-hypothesis');
  await expect.poll(() => library.getByTestId('library-item').count()).toBe(1);
  expect(await library.getByTestId('library-comment').textContent()).toBe('Noted in Hypothesis');
  const stored = (await allHighlights(serviceWorker)).filter((h) => h.id.startsWith('hypothesis-'));
  expect(stored.map((h) => h.id).sort()).toEqual(['hypothesis-HypoFirst_1', 'hypothesis-HypoSecond_2']);

  await page.reload({ waitUntil: 'load' });
  await expect.poll(() => drawnRanges(page).then((r) => r.sort())).toEqual([...quotes].sort());
  await library.close();
});

test('a malformed Hypothesis export is rejected whole, naming the field, and nothing is written', async ({
  page,
  extensionId,
  serviceWorker,
}) => {
  await openLibrary(page, extensionId, 5);
  const data = hypothesisExport('https://example.org/a', 'A', ['first passage', 'second passage']);
  (data.annotations[1] as { target: unknown }).target = [
    { source: 'https://example.org/a', selector: [{ type: 'TextQuoteSelector' }] },
  ];
  const file = join(ARTIFACTS_DIR, 'hypothesis-bad.json');
  writeFileSync(file, JSON.stringify(data));
  await page.getByLabel('Import JSON-LD or Hypothesis').setInputFiles(file);
  await expect
    .poll(() => page.getByRole('alert').textContent())
    .toBe(
      'Import rejected, nothing was written. annotations[1].target[0].selector[0].exact: Invalid key: Expected "exact" but received undefined',
    );
  expect(await allHighlights(serviceWorker)).toHaveLength(5);
});

import { keepRootsClosed } from './closed-roots';
import { firstLookDone } from './content-script';
import { expect, test, waitFor } from './fixtures';
import { allHighlights, centre, dragOver } from './highlights-helpers';

// Issue 18: a page at another site that names the reader's page as its rel=canonical. The reader first saves a
// highlight with a comment on an article at 127.0.0.1, with the real mouse and keyboard. Then a page at localhost
// (another host: another site) declares that article as its canonical, and its script tries to read the
// highlights filed there (drawn on it, or listed as not found with their quotes), to plant one there with a
// synthetic mouseup and .click() and fill its comment, and (by not containing the quote) to have the real one
// marked "not found". It must get nothing, and change nothing.

test('a page naming another site’s article as its canonical can neither read nor plant its highlights', async ({
  newsroom,
  visit,
  page,
  context,
  extensionId,
  serviceWorker,
}) => {
  // The reader saves a highlight on the article, with a comment, by mouse and keyboard.
  const article = newsroom.pages.find((p) => p.kind === 'unrelated')!;
  const victimUrl = new URL(article.path, newsroom.url).href;
  await visit(article.path);
  await dragOver(page, 1, 60);
  const selected = (await page.evaluate(() => getSelection()!.toString())).trim();
  expect(selected.length).toBeGreaterThan(40);
  const save = await centre(page, page.locator('sidelight-save button'));
  await page.mouse.click(save.x, save.y);
  const card = page.getByTestId('highlight-saved');
  await card.waitFor();
  await page.keyboard.type('Checked against the statement');
  const saveNote = await centre(page, card.getByRole('button', { name: 'Save note' }));
  await page.mouse.click(saveNote.x, saveNote.y);
  // Saved, commented, and found on its page (the drawer reports it after drawing).
  const [saved] = await waitFor(async () => {
    const all = await allHighlights(serviceWorker);
    return all.length === 1 && all[0]!.comment && all[0]!.anchor?.found ? all : null;
  });
  expect(saved).toMatchObject({ quote: { exact: selected }, canonicalUrl: victimUrl });

  // The hostile page, at another host of the same newsroom: its script's findings go to window.__hostile.
  const hostile = await context.newPage();
  keepRootsClosed(hostile); // As in any reader's browser: nothing hands it Sidelight's roots.
  const hostileUrl = new URL('/test/hostile-canonical', newsroom.url);
  hostileUrl.hostname = 'localhost';
  hostileUrl.searchParams.set('canonical', victimUrl);
  await hostile.goto(hostileUrl.href, { waitUntil: 'load' });
  expect(await hostile.evaluate(() => document.querySelector('link[rel=canonical]')?.getAttribute('href'))).toBe(
    victimUrl,
  );
  await firstLookDone(hostile); // Sidelight's content script has looked at the page and asked what it would ask.
  type Findings = { readable: string[]; drawn: string[]; clicked: string[]; saveButtonShown: boolean };
  const findings = (await waitFor(
    () => hostile.evaluate(() => ((window as any).__hostile?.done ? (window as any).__hostile : null)),
    45_000,
  )) as Findings & { commented: boolean };

  // (a) It read nothing: no root of Sidelight's was open to it, nothing was drawn on it. (Soft: each way the page
  // gets through is reported.)
  expect.soft(findings.readable).toEqual([]);
  expect.soft(findings.drawn).toEqual([]);
  expect.soft(await hostile.evaluate(() => CSS.highlights.size)).toBe(0);
  // (b) The save button did show for its synthetic selection and mouseup, but closed: only the host was reachable,
  // and its clicks did nothing (no card, so no comment).
  expect.soft(findings.saveButtonShown).toBe(true);
  expect.soft(await hostile.evaluate(() => document.querySelector('sidelight-save')?.shadowRoot ?? null)).toBeNull();
  expect.soft(findings.clicked).toEqual(['host']);
  expect.soft(findings.commented).toBe(false);

  // (c) and the rest: the reader's highlight is exactly as it was (found, its comment), and nothing else was saved,
  // under the article's address or any other. The library says the same.
  expect.soft(await allHighlights(serviceWorker)).toEqual([saved]);
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect.poll(() => library.getByTestId('library-count').textContent()).toBe('1 highlight');
  expect(await library.getByTestId('library-comment').textContent()).toBe('Checked against the statement');
  await library.close();
  await hostile.close();
});

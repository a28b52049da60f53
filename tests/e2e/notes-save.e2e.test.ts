import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { allHighlights, drawnRanges, selectInParagraph } from './highlights-helpers';
import { noteFor, notesRoot, packArticles, waitForNotes } from './notes-helpers';

// A side note's claim saved with its linked passages: from the note's detail, drawn on the page in the
// highlights' colour, kept with the story and the other outlets' passages, listed so in the library, and
// found again after a reload.

const UNIAN = '000_5f6fa893fbc90bad';
const CLAIM = 'The publication recalls that Bloomberg wrote about two phone calls';

test('saving a note’s claim keeps its sources; the library lists them and the page draws it again', async ({
  newsroom,
  page,
  visit,
  context,
  extensionId,
  serviceWorker,
}) => {
  const seed = newsroom.pages.find((p) => p.articleId === UNIAN)!;
  await visit(seed.path);
  await waitForNotes(page);
  await noteFor(page, CLAIM).click();
  const detail = notesRoot(page).getByTestId('note-detail');
  const outlets = await detail.getByTestId('note-source').locator('.outlet strong').allTextContents();
  expect(outlets.length).toBeGreaterThan(0);
  expect(await axeViolations(page, 'sidelight-notes')).toEqual([]);
  expect(await detail.getByTestId('note-story').textContent()).toBe(
    'From the story “Who leaked the Witkoff–Ushakov calls”.',
  );

  await detail.getByRole('button', { name: 'Save claim and sources to highlights' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => detail.getByTestId('note-save').textContent()).toBe('Saved to highlights');
  // Focus stays on the button (not thrown back to the page), and the status says it for screen readers.
  expect(
    await detail.getByTestId('note-save').evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el),
  ).toBe(true);
  expect(await detail.getByTestId('note-save-status').textContent()).toMatch(/^Saved: /);
  await expect.poll(() => drawnRanges(page)).toEqual([expect.stringMatching(new RegExp(`^${CLAIM}`))]);

  const [saved] = await allHighlights(serviceWorker);
  expect(saved!.quote.exact).toMatch(new RegExp(`^${CLAIM}`));
  expect(saved!.storyId).toBe('witkoff-leak');
  const others = packArticles().filter((a) => a.id !== UNIAN);
  expect(new Set(saved!.links.map((l) => l.articleId))).toEqual(new Set(others.map((a) => a.id)));
  for (const link of saved!.links) {
    const article = others.find((a) => a.id === link.articleId)!;
    expect(article.text).toContain(link.text); // the very passage the note showed
    expect(link.outlet).toBe(article.outlet);
  }

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  const item = library.getByTestId('library-item');
  await expect.poll(() => item.count()).toBe(1);
  const listed = await item.getByTestId('library-link').allTextContents();
  for (const outlet of new Set(outlets)) expect(listed.some((t) => t.startsWith(outlet))).toBe(true);
  const href = await item.getByTestId('library-link').first().locator('a').getAttribute('href');
  expect(href).toContain('#:~:text=');

  await page.reload();
  await waitForNotes(page);
  await expect.poll(() => drawnRanges(page)).toEqual([expect.stringMatching(new RegExp(`^${CLAIM}`))]);
});

test('a selection saved on a page of a story belongs to that story; one saved elsewhere does not', async ({
  newsroom,
  page,
  visit,
  serviceWorker,
}) => {
  const saved = () => allHighlights(serviceWorker);
  const before = (await saved()).length;
  const seed = newsroom.pages.find((p) => p.articleId === UNIAN)!;
  await visit(seed.path);
  await waitForNotes(page);
  const onStory = (await selectInParagraph(page, 2, 0, 40)).trim();
  await page.locator('sidelight-save button').click();
  await expect.poll(async () => (await saved()).length).toBe(before + 1);

  await visit(newsroom.pages.find((p) => p.kind === 'unrelated')!.path);
  const elsewhere = (await selectInParagraph(page, 1, 0, 40)).trim();
  await page.locator('sidelight-save button').click();
  await expect.poll(async () => (await saved()).length).toBe(before + 2);

  const storyOf = async (quote: string) => (await saved()).find((h) => h.quote.exact === quote)?.storyId ?? null;
  expect(await storyOf(onStory)).toBe('witkoff-leak');
  expect(await storyOf(elsewhere)).toBeNull();
});

test('a saved note’s passage that words the claim differently is kept as differing', async ({
  newsroom,
  page,
  visit,
  serviceWorker,
}) => {
  await visit(newsroom.pages.find((p) => p.articleId === UNIAN)!.path);
  await waitForNotes(page);
  // Hoffman's quotation: Capital Post prints it in other words (notes.e2e.test.ts).
  await noteFor(page, '"It\'s very difficult to speculate').click();
  const detail = notesRoot(page).getByTestId('note-detail');
  await detail.getByRole('button', { name: 'Save claim and sources to highlights' }).click();
  await expect.poll(() => detail.getByTestId('note-save').textContent()).toBe('Saved to highlights');
  const saved = (await allHighlights(serviceWorker)).find((h) => h.quote.exact.startsWith('"It\'s very difficult'));
  expect(saved!.links.map((l) => [l.outlet, l.relation])).toEqual([['Capital Post', 'differs']]);
  // With how sure its note was, which the library and the exports say again.
  expect(saved!.links[0]!.probability).toBeGreaterThanOrEqual(0.55);
});

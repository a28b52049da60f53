import type { Page, Worker } from 'playwright-core';
import { expect, test, waitFor } from './fixtures';
import { notesRoot, waitForNotes } from './notes-helpers';

// Issue 20, item 4: the notes never sit over the page's own sidebar ("The day in brief" sign-up and the latest
// items on the demo UNIAN page). Where the margin beside the text holds it, the notes fold into markers; in a
// window wide enough, the rail goes past it. A fold control (keyboard, remembered per site) folds or opens them.
// Checked by what is drawn: the boxes of Sidelight's cards and markers against the boxes of the sidebar's words.

const UNIAN = '000_5f6fa893fbc90bad';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The sidebar's words and controls, as drawn (window coordinates): each text line and each form control. */
const sidebarBoxes = (page: Page): Promise<Rect[]> =>
  page.evaluate(() => {
    const side = document.querySelector('aside.sidebar')!;
    const rects: DOMRect[] = [];
    const walker = document.createTreeWalker(side, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      rects.push(...range.getClientRects());
    }
    for (const el of side.querySelectorAll('input, button')) rects.push(el.getBoundingClientRect());
    return rects
      .filter((r) => r.width > 0 && r.height > 0)
      .map(({ left, top, right, bottom }) => ({ left, top, right, bottom }));
  });

/** What Sidelight draws in the page (window coordinates): the rail's cards and bar, the markers, the fold control.
 *  Read through a locator, which waits for the notes' root to be reachable (closed-roots.ts hands it to each
 *  world in turn, so a plain page.evaluate can run before the page's world sees it). */
const notesBoxes = (page: Page): Promise<Rect[]> =>
  page
    .locator('sidelight-notes')
    .locator(
      '[data-testid="note-group"], [data-testid="note-marker"], [data-testid="rail-toggle"], [data-testid="legend-button"]',
    )
    .evaluateAll((drawn) =>
      drawn
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0)
        .map(({ left, top, right, bottom }) => ({ left, top, right, bottom })),
    );

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** How many of the sidebar's words and controls something of Sidelight's covers. */
async function coveredInSidebar(page: Page): Promise<number> {
  const side = await sidebarBoxes(page);
  expect(side.length).toBeGreaterThan(5);
  // Cards and markers get their size and place once the notes are laid out, a moment after they are added.
  await expect.poll(async () => (await notesBoxes(page)).length).toBeGreaterThan(0);
  const notes = await notesBoxes(page);
  return side.filter((s) => notes.some((n) => overlaps(s, n))).length;
}

/** The fold control, and whether it says the rail is shown. */
const toggle = (page: Page) => notesRoot(page).getByTestId('rail-toggle');
const mode = (page: Page) => notesRoot(page).getAttribute('data-mode');
const focusedTestId = (page: Page) =>
  page.evaluate(
    () =>
      (document.querySelector('sidelight-notes')?.shadowRoot?.activeElement as HTMLElement | null)?.dataset.testid ??
      null,
  );

/** Opens the UNIAN seed page at `width`, with no fold remembered from an earlier test (the browser is the file's). */
async function openUnian(
  { page, visit, serviceWorker }: { page: Page; visit: (p: string) => Promise<Page>; serviceWorker: Worker },
  path: string,
  width: number,
) {
  await serviceWorker.evaluate(() => chrome.storage.local.remove('notes-view'));
  await page.setViewportSize({ width, height: 900 });
  await visit(path);
  await waitForNotes(page);
}

test('where the margin beside the text holds the sidebar, the notes fold into markers that cover none of it', async ({
  newsroom,
  page,
  visit,
  serviceWorker,
}) => {
  await openUnian({ page, visit, serviceWorker }, newsroom.pages.find((p) => p.articleId === UNIAN)!.path, 1400);
  await expect.poll(() => mode(page)).toBe('inline');
  expect(await notesRoot(page).getByTestId('note-group').count()).toBe(0);
  expect(await notesRoot(page).getByTestId('note-marker').count()).toBeGreaterThan(3);
  expect(await coveredInSidebar(page)).toBe(0);
  // Folded by the page, not by the reader: the control offers to open the rail, and is named for it.
  expect(await toggle(page).getAttribute('aria-expanded')).toBe('false');
  expect(await toggle(page).getAttribute('aria-label')).toBe('Side notes in the margin');
});

test('in a window wide enough, the rail goes past the sidebar and covers none of it', async ({
  newsroom,
  page,
  visit,
  serviceWorker,
}) => {
  await openUnian({ page, visit, serviceWorker }, newsroom.pages.find((p) => p.articleId === UNIAN)!.path, 1920);
  await expect.poll(() => mode(page)).toBe('rail');
  expect(await notesRoot(page).getByTestId('note-group').count()).toBeGreaterThan(3);
  expect(await coveredInSidebar(page)).toBe(0);
  const sideRight = Math.max(...(await sidebarBoxes(page)).map((r) => r.right));
  const railLeft = Math.min(...(await notesBoxes(page)).map((r) => r.left));
  expect(railLeft).toBeGreaterThan(sideRight);
  expect(await toggle(page).getAttribute('aria-expanded')).toBe('true');
});

test('folded by keyboard, the notes stay folded on that site after a reload, and not on another site', async ({
  newsroom,
  page,
  visit,
  serviceWorker,
}) => {
  const path = newsroom.pages.find((p) => p.articleId === UNIAN)!.path;
  await openUnian({ page, visit, serviceWorker }, path, 1920);
  await expect.poll(() => mode(page)).toBe('rail');
  // Into the notes with the shortcut, then back one stop to the fold control, in the rail's top bar.
  await page.keyboard.press('Alt+Shift+N');
  await expect.poll(() => focusedTestId(page)).toBe('note');
  await page.keyboard.press('Shift+Tab');
  await expect.poll(() => focusedTestId(page)).toBe('rail-toggle');
  await page.keyboard.press('Enter');
  await expect.poll(() => mode(page)).toBe('inline');
  // Folded: no card is drawn, the markers are; the control keeps focus and says the rail is folded.
  expect(await notesRoot(page).getByTestId('note-group').count()).toBe(0);
  expect(await notesRoot(page).getByTestId('note-marker').count()).toBeGreaterThan(3);
  expect(await focusedTestId(page)).toBe('rail-toggle');
  expect(await toggle(page).getAttribute('aria-expanded')).toBe('false');

  await page.reload({ waitUntil: 'load' });
  await waitForNotes(page);
  await expect.poll(() => mode(page)).toBe('inline');
  expect(await notesRoot(page).getByTestId('note-group').count()).toBe(0);

  // The same article at another host name (the same server): another site, whose rail is not folded.
  const other = new URL(path, newsroom.url);
  other.hostname = 'localhost';
  await page.goto(other.href, { waitUntil: 'load' });
  await waitForNotes(page);
  await expect.poll(() => mode(page)).toBe('rail');
  expect(await notesRoot(page).getByTestId('note-group').count()).toBeGreaterThan(3);
});

test('opened by the reader where the page folded it, the rail is shown again and the choice is kept', async ({
  newsroom,
  page,
  visit,
  serviceWorker,
}) => {
  await openUnian({ page, visit, serviceWorker }, newsroom.pages.find((p) => p.articleId === UNIAN)!.path, 1400);
  await expect.poll(() => mode(page)).toBe('inline');
  await toggle(page).click();
  await expect.poll(() => mode(page)).toBe('rail');
  expect(await toggle(page).getAttribute('aria-expanded')).toBe('true');
  const stored = await waitFor(() =>
    serviceWorker.evaluate(async () => (await chrome.storage.local.get('notes-view'))['notes-view'] ?? null),
  );
  expect(stored).toMatchObject({ v: 1, rail: { '127.0.0.1': 'open' } });
});

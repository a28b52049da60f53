import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { ARTIFACTS_DIR, expect, test } from './fixtures';
import { noteFor, notesRoot, waitForNotes } from './notes-helpers';

// Using the notes: pointer and keyboard cross-emphasis, the keyboard model, narrow windows, dark mode, reduced
// motion, an axe-core audit of Sidelight's UI, and the screenshots kept as artefacts.

const UNIAN = '000_5f6fa893fbc90bad';
const CLAIM = 'The publication recalls that Bloomberg wrote about two phone calls';

async function openSeed(page: Page, visit: (p: string) => Promise<Page>, path: string) {
  await visit(path);
  await waitForNotes(page);
}

/** The text of what the active highlight covers (read in the page's own world: the registry is shared). */
const activeText = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get('sidelight-active');
    return h ? [...h].map((r) => r.toString()).join('|') : null;
  });

/** What has focus inside Sidelight's shadow root. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('sidelight-notes')?.shadowRoot?.activeElement as HTMLElement | null;
    return el ? { note: el.dataset.note ?? null, expanded: el.getAttribute('aria-expanded'), tag: el.tagName } : null;
  });

async function shot(page: Page, name: string) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

test('hovering a note emphasises its claim, and hovering the claim emphasises its note', async ({
  newsroom,
  page,
  visit,
}) => {
  await openSeed(page, visit, newsroom.pages.find((p) => p.articleId === UNIAN)!.path);
  const note = noteFor(page, CLAIM);
  await note.hover();
  await expect.poll(() => activeText(page)).toMatch(new RegExp(`^${CLAIM}`));
  await page.mouse.move(5, 5);
  await expect.poll(() => activeText(page)).toBe('');

  // The reverse: the pointer over the claim's words in the article.
  const point = await page.evaluate((claim) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(claim);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i + 4);
      r.setEnd(n, i + 12);
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const box = r.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, CLAIM);
  expect(point).not.toBeNull();
  await page.mouse.move(point!.x, point!.y);
  await expect.poll(() => note.getAttribute('class')).toMatch(/\bemph\b/);
});

test('keyboard: the shortcut enters the notes, arrows move, Esc leaves; axe finds nothing serious', async ({
  newsroom,
  page,
  visit,
}) => {
  await openSeed(page, visit, newsroom.pages.find((p) => p.articleId === UNIAN)!.path);
  await page.keyboard.press('Alt+Shift+N');
  const first = await focused(page);
  expect(first).toMatchObject({ tag: 'BUTTON', expanded: 'false' });
  await page.keyboard.press('ArrowDown');
  const second = await focused(page);
  expect(second?.note).not.toBe(first?.note);
  expect(second?.expanded).toBe('false');
  // The focused note's claim is emphasised in the text, as a hovered one is.
  await expect.poll(() => activeText(page)).not.toBe('');
  // Focus ring visible on the focused note.
  const outline = await notesRoot(page)
    .locator(`[data-note="${second!.note}"]`)
    .evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
  // A row's name reads as sentences: the outlets (in one order on every row), then the differences.
  const named = notesRoot(page).getByRole('button', { name: /sources: Capital Post, Insider ?; \d+ differences?$/ });
  await expect.poll(() => named.count()).toBeGreaterThan(0);
  expect(await axeViolations(page, 'sidelight-notes')).toEqual([]);
  await page.keyboard.press('Escape');
  expect(await focused(page)).toBeNull();
  expect(await notesRoot(page).getByTestId('note-detail').count()).toBe(0);
});

test('keyboard: arrows move focus without opening notes and keep it in view; Enter opens, Enter or Esc closes', async ({
  newsroom,
  page,
  visit,
}) => {
  await openSeed(page, visit, newsroom.pages.find((p) => p.articleId === UNIAN)!.path);
  expect(await notesRoot(page).getAttribute('data-mode')).toBe('rail');
  // The rows in their order, read when needed: on a busy machine the page can still reflow after the first note
  // is drawn, and the rows are laid out again.
  const order = () =>
    notesRoot(page)
      .getByTestId('note')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-note')));
  const details = notesRoot(page).getByTestId('note-detail');
  await page.keyboard.press('Alt+Shift+N');
  await expect.poll(async () => (await focused(page))?.note).not.toBeNull();
  const start = (await focused(page))!.note;
  const threeBelow = async () => {
    const rows = await order();
    return rows.indexOf(start) >= 0 && rows.indexOf(start) + 3 < rows.length;
  };
  await expect.poll(threeBelow).toBe(true);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  // Three rows down from where the notes were entered.
  const stepsFromStart = async () => {
    const rows = await order();
    return rows.indexOf((await focused(page))?.note ?? null) - rows.indexOf(start);
  };
  await expect.poll(stepsFromStart).toBe(3);
  const target = (await focused(page))!.note;
  expect(await focused(page)).toMatchObject({ expanded: 'false' });
  expect(await details.count()).toBe(0);
  // The focused row is in the window, whole (the old model opened each note and left the row above the top).
  const row = notesRoot(page).locator(`[data-note="${target}"]`);
  const inView = () =>
    row.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
  await expect.poll(inView).toBe(true);

  await page.keyboard.press('Enter');
  await expect.poll(() => details.count()).toBe(1);
  expect(await focused(page)).toMatchObject({ note: target, expanded: 'true' });
  await page.keyboard.press('Enter');
  await expect.poll(() => details.count()).toBe(0);
  expect(await focused(page)).toMatchObject({ note: target, expanded: 'false' });
  await page.keyboard.press('Enter');
  await expect.poll(() => details.count()).toBe(1);
  await page.keyboard.press('Escape');
  await expect.poll(() => details.count()).toBe(0);
  expect(await focused(page)).toMatchObject({ note: target, expanded: 'false' });
  await expect.poll(inView).toBe(true);
  // With no note open, Esc leaves the notes.
  await page.keyboard.press('Escape');
  await expect.poll(() => focused(page)).toBeNull();
});

test('an open note pushes the cards after it down instead of covering them', async ({ newsroom, page, visit }) => {
  await openSeed(page, visit, newsroom.pages.find((p) => p.articleId === UNIAN)!.path);
  const overlaps = () =>
    notesRoot(page)
      .getByTestId('note-group')
      .evaluateAll((cards) => {
        const boxes = cards.map((c) => c.getBoundingClientRect()).sort((a, b) => a.top - b.top);
        return boxes.slice(1).filter((b, i) => b.top < boxes[i]!.bottom).length;
      });
  const rows = notesRoot(page).getByTestId('note');
  const n = await rows.count();
  let covered = 0;
  for (let i = 0; i < n; i++) {
    const row = rows.nth(i);
    await row.click();
    await expect.poll(() => row.getAttribute('aria-expanded')).toBe('true');
    covered += await overlaps();
    await row.click();
  }
  expect(covered).toBe(0);
});

test('keyboard in a narrow window: a marker opens its panel with focus in it; leaving the notes closes it', async ({
  newsroom,
  page,
  visit,
}) => {
  await page.setViewportSize({ width: 420, height: 800 });
  await openSeed(page, visit, newsroom.pages.find((p) => p.articleId === UNIAN)!.path);
  // The notes are laid out after they are drawn: wait for the narrow layout rather than read it at once.
  await expect.poll(() => notesRoot(page).getAttribute('data-mode')).toBe('inline');
  // Markers are told apart by their first claim's words, not only by how many claims they hold. They are drawn
  // just after the layout switches: wait for the first one before reading them all.
  const markerNames = () =>
    notesRoot(page)
      .getByTestId('note-marker')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
  await expect
    .poll(async () => (await markerNames())[0])
    .toMatch(/^Side notes for \d+ claims?, from “Bloomberg has published/);
  const names = await markerNames();
  expect(new Set(names).size).toBe(names.length);

  await page.keyboard.press('Alt+Shift+N');
  await expect.poll(() => focused(page)).toMatchObject({ tag: 'BUTTON', note: null });
  await page.keyboard.press('Enter');
  const panel = notesRoot(page).getByTestId('note-panel');
  await panel.waitFor();
  await expect.poll(async () => (await focused(page))?.note).not.toBeNull(); // the panel's first note
  // Tab through the panel and out of it: the panel goes with the focus.
  for (let i = 0; i < 12 && (await focused(page)); i++) await page.keyboard.press('Tab');
  expect(await focused(page)).toBeNull();
  await expect.poll(() => panel.count()).toBe(0);
});

test('screenshots: wide and narrow windows, light and dark; narrow windows fold notes into markers', async ({
  newsroom,
  page,
  visit,
}) => {
  const path = newsroom.pages.find((p) => p.articleId === UNIAN)!.path;
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // Wide enough for the rail past the page's sidebar (at 1400 px the notes fold to markers: issue 20).
    await page.setViewportSize({ width: 1920, height: 900 });
    await openSeed(page, visit, path);
    expect(await notesRoot(page).getAttribute('data-mode')).toBe('rail');
    const note = noteFor(page, '"It\'s very difficult to speculate');
    await note.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.mouse.wheel(0, -120);
    await note.click();
    await shot(page, `notes-wide-${colorScheme}`);
    if (colorScheme === 'dark') expect(await axeViolations(page, 'sidelight-notes')).toEqual([]);

    await page.setViewportSize({ width: 720, height: 900 });
    await expect.poll(() => notesRoot(page).getAttribute('data-mode')).toBe('inline');
    const marker = notesRoot(page).getByTestId('note-marker').nth(3);
    await marker.scrollIntoViewIfNeeded();
    await marker.click();
    const panel = notesRoot(page).getByTestId('note-panel');
    await panel.waitFor();
    expect(await panel.getByTestId('note').count()).toBeGreaterThan(0);
    await shot(page, `notes-narrow-${colorScheme}`);
    expect(await axeViolations(page, 'sidelight-notes')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
  }
});

test('reduced motion turns transitions off; the notes never widen the page', async ({ newsroom, page, visit }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openSeed(page, visit, newsroom.pages.find((p) => p.articleId === UNIAN)!.path);
  const row = notesRoot(page).getByTestId('note').first();
  expect(await row.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

import type { Page } from 'playwright-core';
import { SAVED_BACKGROUND } from '../../entrypoints/highlights.content/style';
import { expect, test } from './fixtures';
import { centre, dragOver } from './highlights-helpers';
import { blend, commonest, near, pixelsIn, type Box, type Rgb } from './pixels';

// Issue 20: a saved highlight must be painted, not only registered in CSS.highlights (it was registered and never
// painted). The reader saves a selection with the real mouse; the saved text's boxes are then screenshot, and most
// of their pixels must be the highlight's colour laid over the page's background (the glyphs are the rest): at
// once, and after a reload, in the light and the dark colour scheme.

/** How far a channel may be from the blend: rounding, never the light/dark difference (26 in blue on white). */
const TOLERANCE = 10;
/** Share of the text's boxes that must be the highlight's colour: glyphs and their antialiasing take the rest. */
const MIN_SHARE = 0.5;
/** Characters the reader drags over, at the start of the second long paragraph. */
const LENGTH = 60;
const PARAGRAPH = 1;

/** The boxes of the text the reader drags over, inset a pixel, less its last character (the mouse may stop short). */
async function textBoxes(page: Page): Promise<Box[]> {
  const rects = await page.evaluate(
    ([n, len]) => {
      const p = [...document.querySelectorAll('p')].filter((e) => (e.textContent ?? '').length > 120)[n]!;
      p.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode()!, 0);
      range.setEnd(range.startContainer, len - 1);
      return [...range.getClientRects()].map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
    },
    [PARAGRAPH, LENGTH] as const,
  );
  return rects
    .map((r) => ({
      x: Math.ceil(r.left) + 1,
      y: Math.ceil(r.top) + 1,
      width: Math.floor(r.right) - Math.ceil(r.left) - 2,
      height: Math.floor(r.bottom) - Math.ceil(r.top) - 2,
    }))
    .filter((b) => b.width > 4 && b.height > 4);
}

/** The pixels of all of the text's boxes. */
async function textPixels(page: Page): Promise<Rgb[]> {
  const pixels: Rgb[] = [];
  for (const box of await textBoxes(page)) pixels.push(...(await pixelsIn(page, box)));
  return pixels;
}

/** Share of the text's pixels within TOLERANCE of `colour`. */
async function shareOf(page: Page, colour: Rgb): Promise<number> {
  const pixels = await textPixels(page);
  return pixels.filter((p) => near(p, colour, TOLERANCE)).length / pixels.length;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a saved highlight is painted in its colour at once and after a reload (${colorScheme})`, async ({
    newsroom,
    page,
    visit,
  }) => {
    // Media emulation sets prefers-color-scheme for this page as the fixtures' colorScheme does for a whole browser.
    await page.emulateMedia({ colorScheme });
    const article = newsroom.pages.filter((p) => p.kind === 'unrelated')[colorScheme === 'light' ? 0 : 1]!;
    await visit(article.path);
    const background = commonest(await textPixels(page));
    const painted = blend(SAVED_BACKGROUND[colorScheme], background);
    expect(await shareOf(page, painted)).toBeLessThan(0.05); // the colour is not the page's own

    await dragOver(page, PARAGRAPH, LENGTH);
    const save = await centre(page, page.locator('sidelight-save button'));
    await page.mouse.click(save.x, save.y);
    const card = page.getByTestId('highlight-saved');
    await card.waitFor();
    await page.keyboard.press('Escape'); // the card closes; the page's selection stays, and would paint over ours
    await expect.poll(() => card.count()).toBe(0);
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await expect.poll(() => shareOf(page, painted)).toBeGreaterThan(MIN_SHARE);

    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => shareOf(page, painted)).toBeGreaterThan(MIN_SHARE);
  });
}

import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { noteLabels, notesRoot, waitForNotes } from './notes-helpers';
import { blend, near, pixelsIn, type Rgb } from './pixels';

// Issue 20, item 5: quieter text. By default only claims other outlets report are underlined; the dotted
// underline under claims no one else reports is an option (the options page). Counted twice: the ranges
// registered for painting, and the pixels of one claim that is underlined and one that is not (until the
// option is on). Then what the marks mean, in a legend the keyboard reaches, and markers whose number means
// what the rows' does.

const UNIAN = '000_5f6fa893fbc90bad';
/** The solid underline (utils/dom/claim-highlights.ts) over the article's white, as drawn. */
const UNDERLINE = blend([214, 140, 0, 0.85], [255, 255, 255]);
const WHITE: Rgb = [255, 255, 255];

/** How many ranges each claim highlight holds (the painter's registry, shared with the page's world). */
const registered = (page: Page) =>
  page.evaluate(() => ({
    linked: CSS.highlights.get('sidelight-linked')?.size ?? 0,
    unreported: CSS.highlights.get('sidelight-unreported')?.size ?? 0,
  }));

/** The first line of a claim highlight's `index`th range, scrolled into view: its box with room for the
 *  underline below the glyphs (window coordinates). */
const lineOf = (page: Page, name: string, index: number) =>
  page.evaluate(
    ([n, i]) => {
      const range = [...(CSS.highlights.get(n as string) ?? [])][i as number] as Range | undefined;
      if (!range) return null;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const line = range.getClientRects()[0]!;
      return {
        x: Math.round(line.left),
        y: Math.round(line.top),
        width: Math.round(line.width),
        height: Math.round(line.height) + 4,
      };
    },
    [name, index],
  );

/** The first claim no other source reports, as a Range the test can find again: its text. */
const unreportedClaim = async (page: Page) => {
  const labels = await noteLabels(page);
  const label = labels.find((l) => l.includes('No other source reports this'))!;
  return /^Claim “(.+?)(…)?”\./.exec(label)![1]!;
};

/** The first line of the passage starting with `text` in the article, scrolled into view. */
const lineStarting = (page: Page, text: string) =>
  page.evaluate((t) => {
    const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(t.slice(0, 40));
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + Math.min(t.length, 40));
      n.parentElement!.scrollIntoView({ block: 'center' });
      const line = range.getClientRects()[0]!;
      return {
        x: Math.round(line.left),
        y: Math.round(line.top),
        width: Math.round(line.width),
        height: Math.round(line.height) + 4,
      };
    }
    return null;
  }, text);

async function openOptions(page: Page, extensionId: string): Promise<Page> {
  const options = await page.context().newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('underline-unreported').waitFor();
  return options;
}

test('by default only claims other outlets report are underlined: counted in the registry and seen in pixels', async ({
  newsroom,
  page,
  visit,
}) => {
  await page.setViewportSize({ width: 1920, height: 900 });
  await visit(newsroom.pages.find((p) => p.articleId === UNIAN)!.path);
  await waitForNotes(page);
  await expect.poll(() => notesRoot(page).getAttribute('data-mode')).toBe('rail');
  const isReported = (l: string) => !l.includes('No other source reports this');
  // The first notes in a fresh browser may come before the story's links do: wait for the linked ones.
  await expect.poll(async () => (await noteLabels(page)).filter(isReported).length).toBeGreaterThan(0);
  const labels = await noteLabels(page);
  const reported = labels.filter(isReported).length;
  expect(labels.length - reported).toBeGreaterThan(0); // there are claims to keep quiet about
  await expect.poll(() => registered(page)).toEqual({ linked: reported, unreported: 0 });

  await page.mouse.move(1, 1); // nothing hovered: no claim emphasised
  const drawn = (await lineOf(page, 'sidelight-linked', 0))!;
  const underlinePixels = (await pixelsIn(page, drawn)).filter((p) => near(p, UNDERLINE, 40)).length;
  expect(underlinePixels).toBeGreaterThan(drawn.width / 2);

  const quiet = (await lineStarting(page, await unreportedClaim(page)))!;
  const pixels = await pixelsIn(page, quiet);
  expect(pixels.filter((p) => near(p, UNDERLINE, 40)).length).toBe(0);
  // The line's background is the article's white: the box is the text, not something drawn over it.
  expect(pixels.filter((p) => near(p, WHITE, 2)).length).toBeGreaterThan(pixels.length / 2);
});

test('the option in the settings page dots the claims no one else reports, at once, in pixels too', async ({
  newsroom,
  page,
  visit,
  extensionId,
}) => {
  await page.setViewportSize({ width: 1920, height: 900 });
  await visit(newsroom.pages.find((p) => p.articleId === UNIAN)!.path);
  await waitForNotes(page);
  await expect.poll(() => notesRoot(page).getAttribute('data-mode')).toBe('rail');
  const labels = await noteLabels(page);
  const unreported = labels.filter((l) => l.includes('No other source reports this')).length;
  await page.mouse.move(1, 1);
  const quiet = (await lineStarting(page, await unreportedClaim(page)))!;
  const before = await pixelsIn(page, quiet);

  const options = await openOptions(page, extensionId);
  const box = options.getByTestId('underline-unreported');
  expect(await box.isChecked()).toBe(false);
  await box.check();
  await expect.poll(() => registered(page)).toMatchObject({ unreported });
  await page.bringToFront();
  await expect
    .poll(async () => {
      const after = await pixelsIn(page, (await lineStarting(page, await unreportedClaim(page)))!);
      // Only the dotted line is new: pixels that changed, to the underline's grey.
      return after.filter((p, i) => !near(p, before[i]!, 8) && near(p, [153, 153, 153], 50)).length;
    })
    .toBeGreaterThan(quiet.width / 4);

  // Off again from the same control: the page goes quiet again.
  await options.getByTestId('underline-unreported').uncheck();
  await expect.poll(() => registered(page)).toMatchObject({ unreported: 0 });
  await options.close();
});

test('what the marks mean: a legend the keyboard reaches with Tab, read as text', async ({ newsroom, page, visit }) => {
  await page.setViewportSize({ width: 1920, height: 900 });
  await visit(newsroom.pages.find((p) => p.articleId === UNIAN)!.path);
  await waitForNotes(page);
  await expect.poll(() => notesRoot(page).getAttribute('data-mode')).toBe('rail');
  // From the page's last control, Tab goes on into Sidelight's notes (the host follows the page's content).
  await page.evaluate(() => {
    const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, textarea, select')].filter(
      (el) => el.checkVisibility() && !el.closest('sidelight-notes, sidelight-save, sidelight-highlights'),
    );
    all[all.length - 1]!.focus();
  });
  const button = notesRoot(page).getByTestId('legend-button');
  const focusedIsLegend = () =>
    page.evaluate(
      () =>
        (document.querySelector('sidelight-notes')?.shadowRoot?.activeElement as HTMLElement | null)?.dataset.testid ===
        'legend-button',
    );
  for (let i = 0; i < 5 && !(await focusedIsLegend()); i++) await page.keyboard.press('Tab');
  expect(await focusedIsLegend()).toBe(true);
  expect(await button.getAttribute('aria-expanded')).toBe('false');
  await page.keyboard.press('Enter');
  const legend = notesRoot(page).getByTestId('legend');
  await legend.waitFor();
  expect(await button.getAttribute('aria-expanded')).toBe('true');
  // In the accessibility tree as text: what the circle counts, what "≠ N" counts, what the underlines mean.
  const read = await legend.ariaSnapshot();
  expect(read).toContain('how many other outlets report the claim');
  expect(read).toMatch(/how many differences from their passages/);
  expect(read).toContain('Underlined in the text: claims other outlets report');
  // Shown, and the notes below it moved down rather than covered.
  const legendBox = (await legend.boundingBox())!;
  expect(legendBox.height).toBeGreaterThan(40);
  const firstCard = (await notesRoot(page).getByTestId('note-group').first().boundingBox())!;
  expect(firstCard.y).toBeGreaterThanOrEqual(legendBox.y + legendBox.height);
  // The badge's own tooltip says it too, for a pointer.
  const badgeTitle = await notesRoot(page).locator('.badge[title]').first().getAttribute('title');
  expect(badgeTitle).toMatch(/^\d+ differences? from the passages of the other sources/);
});

test('in a narrow window a marker’s number means what a row’s does: how many other outlets report its claims', async ({
  newsroom,
  page,
  visit,
}) => {
  await page.setViewportSize({ width: 720, height: 900 });
  await visit(newsroom.pages.find((p) => p.articleId === UNIAN)!.path);
  await waitForNotes(page);
  await expect.poll(() => notesRoot(page).getAttribute('data-mode')).toBe('inline');
  const markers = notesRoot(page).getByTestId('note-marker');
  const numbers = () => markers.evaluateAll((els) => els.map((el) => el.textContent?.trim() ?? ''));
  await expect.poll(async () => (await numbers()).some((n) => /^\d+$/.test(n))).toBe(true);
  const shown = await numbers();
  const index = shown.findIndex((n) => /^\d+$/.test(n));
  const marker = markers.nth(index);
  // Its name says what the number counts.
  expect(await marker.getAttribute('aria-label')).toMatch(new RegExp(`; ${shown[index]} other sources? reports?`));
  await marker.scrollIntoViewIfNeeded();
  await marker.click();
  const panel = notesRoot(page).getByTestId('note-panel');
  await panel.waitFor();
  // The outlets its claims' rows name, counted once each: the marker's number.
  const named = await panel.getByTestId('note').evaluateAll((els) =>
    els.flatMap((el) => {
      // "…. 2 other sources: Capital Post, Insider, 3 differences." : the outlets, without the differences.
      const outlets = /sources?: (.+?)(?:, \d+ differences?)?\.$/.exec(el.getAttribute('data-label') ?? '');
      return outlets ? outlets[1]!.split(', ') : [];
    }),
  );
  expect(new Set(named).size).toBe(Number(shown[index]));
  // The panel explains the marks too.
  await panel.getByTestId('legend-button').click();
  expect(await panel.getByTestId('legend').ariaSnapshot()).toContain('on a marker, the claims beside it');
});

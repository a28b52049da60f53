import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { ARTIFACTS_DIR, expect, test } from './fixtures';

// Issue 20, item 8, on the stories page: each story links to its coverage view, and an article's title, outlet,
// author, date and language can be corrected (with the keyboard alone) when they were read wrong; a bad field is
// named and nothing is written; the corrections show on the coverage view and survive reloads.

const COPY = 'witkoff-leak-copy';
/** The built-in story's article read with no title and no author, dated to the month only. */
const ARTICLE = '002_f24f5414ffbe457d';
const CORRECTED = {
  title: 'Leaked calls reveal Trump aides’ Kremlin advice',
  outlet: 'The Capital Post',
  author: 'Dana Whitlock',
  date: '2025-11-27',
  language: 'en-GB',
};
const BYLINE = `by ${CORRECTED.author} · ${CORRECTED.date} · ${CORRECTED.language}`;

let manager: Page;

const card = () => manager.locator(`[data-story-id="${COPY}"]`);
const article = () => card().getByTestId('story-article').nth(1);
/** The copy's article as stored, read by the stories page through the background. */
const stored = () =>
  manager.evaluate(
    async ([storyId, articleId]) => {
      const reply = await chrome.runtime.sendMessage({ type: 'story-get', storyId });
      return (reply.pack.articles as { id: string }[]).find((a) => a.id === articleId);
    },
    [COPY, ARTICLE] as const,
  );
/** The `name` attribute of the focused element of the stories page. */
const focusedField = () => manager.evaluate(() => document.activeElement?.getAttribute('name') ?? null);

test('a copy of the built-in story links to its coverage view', async ({ context, extensionId }) => {
  manager = await context.newPage();
  await manager.goto(`chrome-extension://${extensionId}/stories.html`);
  await manager.locator('[data-story-id="witkoff-leak"]').getByRole('button', { name: 'Make a copy' }).click();
  await card().waitFor();
  const link = card().getByRole('link', { name: /^Coverage of “.+ \(copy\)”/ });
  expect(await link.getAttribute('href')).toBe(`coverage.html?story=${COPY}`);
  await link.click();
  await manager.waitForURL(`chrome-extension://${extensionId}/coverage.html?story=${COPY}`);
  await expect.poll(() => manager.getByRole('heading', { level: 1 }).textContent()).toMatch(/\(copy\)$/);
  expect(await manager.getByTestId('source-head').allTextContents()).toContain('Capital Post');
});

test('an article’s details are corrected from the keyboard; a bad date is named and nothing is written', async ({
  extensionId,
}) => {
  await manager.goto(`chrome-extension://${extensionId}/stories.html`);
  const disclosure = article().locator('summary');
  await disclosure.focus();
  await manager.keyboard.press('Enter');
  // Tab from the disclosure through the fields in order, replacing each value as a keyboard user would.
  for (const value of [CORRECTED.title, CORRECTED.outlet, CORRECTED.author, '27/11/2025', CORRECTED.language]) {
    await manager.keyboard.press('Tab');
    await manager.keyboard.press('ControlOrMeta+A');
    await manager.keyboard.insertText(value);
  }
  await manager.keyboard.press('Enter');
  await expect
    .poll(() => article().getByTestId('details-error').textContent())
    .toBe('Not saved: date: must be a date as YYYY, YYYY-MM or YYYY-MM-DD');
  expect(await focusedField()).toBe('date');
  expect(await article().getByLabel('Date').getAttribute('aria-invalid')).toBe('true');
  expect(await stored()).toMatchObject({ outlet: 'Capital Post', date: '2025-11', language: 'en' });

  await manager.keyboard.press('ControlOrMeta+A');
  await manager.keyboard.insertText(CORRECTED.date);
  await manager.keyboard.press('Enter');
  await expect.poll(() => article().getByTestId('details-saved').textContent()).toMatch(/^Saved\./);
  expect(await article().getByTestId('details-error').count()).toBe(0);
  expect(await stored()).toMatchObject(CORRECTED);
  // The card lists the article with its corrected details.
  expect(await article().getByTestId('article-byline').textContent()).toBe(`(${BYLINE})`);
  expect(await article().textContent()).toContain(`${CORRECTED.outlet}: ${CORRECTED.title}`);
  expect(await axeViolations(manager)).toEqual([]);
  await article().screenshot({ path: join(ARTIFACTS_DIR, 'stories-correct-details.png') });
  // In a narrow window, dark, the form stacks its labels over the fields and nothing runs off the side.
  await manager.setViewportSize({ width: 360, height: 800 });
  await manager.emulateMedia({ colorScheme: 'dark' });
  await expect
    .poll(() => manager.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
    .toBe(0);
  await article().screenshot({ path: join(ARTIFACTS_DIR, 'stories-correct-details-narrow-dark.png') });
  await manager.setViewportSize({ width: 1400, height: 900 });
  await manager.emulateMedia({ colorScheme: 'light' });
});

test('the corrections show on the coverage view, and stay after reloads', async ({ extensionId }) => {
  await manager.goto(`chrome-extension://${extensionId}/coverage.html?story=${COPY}`);
  const source = manager
    .getByTestId('source')
    .filter({ has: manager.getByRole('heading', { name: CORRECTED.outlet }) });
  await source.waitFor();
  expect(await manager.getByTestId('source-head').allTextContents()).toContain(CORRECTED.outlet);
  expect(await source.locator('.title').textContent()).toBe(CORRECTED.title);
  expect(await source.getByTestId('source-byline').textContent()).toBe(BYLINE);
  await source.screenshot({ path: join(ARTIFACTS_DIR, 'coverage-corrected-source.png') });

  await manager.reload();
  await source.waitFor();
  expect(await source.getByTestId('source-byline').textContent()).toBe(BYLINE);

  await manager.goto(`chrome-extension://${extensionId}/stories.html`);
  await article().locator('summary').click();
  for (const [name, value] of Object.entries(CORRECTED)) {
    expect(await article().getByTestId(`detail-${name}`).inputValue(), name).toBe(value);
  }
  await manager.close();
});

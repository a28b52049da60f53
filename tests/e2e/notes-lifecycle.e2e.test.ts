import type { Page } from 'playwright-core';
import { firstLookDone, recordMessages } from './content-script';
import { expect, tabIdReading, test, waitFor } from './fixtures';
import { notesRoot, waitForNotes } from './notes-helpers';

// The popup, the reader's switches, and the notes' lifetime: switched off, paused, single-page navigation,
// extension reload. Each time nothing may remain: no UI, no highlight, no change to the page's layout.

const UNIAN = '000_5f6fa893fbc90bad';

/** Where the article's paragraphs are: equal before and after means the layout did not move. */
const paragraphBoxes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('p')].map((p) => {
      const r = p.getBoundingClientRect();
      return [Math.round(r.x), Math.round(r.y + scrollY), Math.round(r.width), Math.round(r.height)].join(',');
    }),
  );

const leftovers = (page: Page) =>
  page.evaluate(() => ({ ui: document.querySelectorAll('sidelight-notes').length, highlights: CSS.highlights.size }));

test('the popup tells the story found, claims linked and sources, and switches notes off for the site', async ({
  context,
  extensionId,
  newsroom,
  visit,
  page,
  serviceWorker,
}) => {
  await visit(newsroom.pages.find((p) => p.articleId === UNIAN)!.path);
  await waitForNotes(page);
  const withNotes = await paragraphBoxes(page);
  const tabId = await waitFor(() => tabIdReading(serviceWorker, page.url()));
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect.poll(() => popup.getByTestId('story-title').textContent()).toBe('Who leaked the Witkoff–Ushakov calls');
  expect(await popup.getByTestId('claims-linked').textContent()).toMatch(
    /^\d+ of \d+ claims reported by other sources/,
  );
  const sources = await popup.getByTestId('sources').textContent();
  expect(sources).toContain('Capital Post');
  expect(sources).toContain('Insider');
  expect(sources).not.toContain('UNIAN');

  await popup.getByTestId('site-off').check();
  await expect.poll(() => leftovers(page)).toEqual({ ui: 0, highlights: 0 });
  expect(await paragraphBoxes(page)).toEqual(withNotes); // The notes never moved the article.
  const afterReload = await recordMessages(serviceWorker);
  await page.reload();
  await firstLookDone(page); // Switched off for the site: the reloaded page is looked at and not handed on.
  expect(await afterReload(page.url())).not.toContain('spotted');
  expect(await leftovers(page)).toEqual({ ui: 0, highlights: 0 });

  await popup.reload();
  await popup.getByTestId('site-off').uncheck();
  await waitForNotes(page); // Back on: the open page gets its notes again.

  await popup.getByTestId('pause').check();
  await expect.poll(() => leftovers(page)).toEqual({ ui: 0, highlights: 0 });
  await popup.getByTestId('pause').uncheck();
  await waitForNotes(page);
  await popup.close();
});

test('a page opened before the spot terms are published gets its notes once they are', async ({
  newsroom,
  visit,
  page,
  serviceWorker,
}) => {
  // A fresh install publishes the terms a moment after the first pages may load: simulate that moment.
  const terms = await serviceWorker.evaluate(async () => (await chrome.storage.local.get('spotStories')).spotStories);
  expect(Array.isArray(terms) && terms.length).toBeTruthy();
  await serviceWorker.evaluate(() => chrome.storage.local.remove('spotStories'));
  const messages = await recordMessages(serviceWorker);
  await visit(newsroom.pages.find((p) => p.articleId === UNIAN)!.path);
  await firstLookDone(page); // Looked at without terms: nothing handed on.
  expect(await messages(page.url())).not.toContain('spotted');
  expect(await leftovers(page)).toEqual({ ui: 0, highlights: 0 });

  await serviceWorker.evaluate((t) => chrome.storage.local.set({ spotStories: t }), terms);
  expect(await waitForNotes(page)).toBeGreaterThan(0);
});

test('single-page navigation: notes leave with the article and come with the next one', async ({
  newsroom,
  visit,
  page,
}) => {
  const seedPath = newsroom.pages.find((p) => p.articleId === UNIAN)!.path;
  const other = newsroom.pages.find((p) => p.kind === 'unrelated')!.path;
  const otherHtml = await (await fetch(new URL(other, newsroom.url))).text();
  const seedHtml = await (await fetch(new URL(seedPath, newsroom.url))).text();
  await visit(seedPath);
  await waitForNotes(page);
  const swap = (html: string, path: string) =>
    page.evaluate(
      ([h, p]) => {
        const next = new DOMParser().parseFromString(h!, 'text/html');
        history.pushState({}, '', p);
        document.title = next.title;
        document.body.replaceWith(document.adoptNode(next.body));
      },
      [html, path],
    );
  await swap(otherHtml, '/spa/other-story');
  await expect.poll(() => leftovers(page)).toEqual({ ui: 0, highlights: 0 });
  await swap(seedHtml, '/spa/back-to-the-story');
  await waitForNotes(page);
  expect(await notesRoot(page).getByTestId('note').count()).toBeGreaterThan(10);
});

test('reloading the extension leaves nothing stale in open pages', async ({ newsroom, visit, page, serviceWorker }) => {
  await visit(newsroom.pages.find((p) => p.articleId === UNIAN)!.path);
  await waitForNotes(page);
  await serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  await expect.poll(() => leftovers(page)).toEqual({ ui: 0, highlights: 0 });
  // The old shortcut listener is gone with it: the key does nothing.
  await page.keyboard.press('Alt+Shift+N');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
});

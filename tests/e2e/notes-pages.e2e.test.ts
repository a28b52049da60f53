import type { Page } from 'playwright-core';
import { firstLookDone, recordMessages } from './content-script';
import { expect, test } from './fixtures';
import { notesRoot, waitForNotes } from './notes-helpers';

// Real pages are alive and varied: the article can arrive after the page has loaded, and a page can run right
// to left. Notes must come when the article does, stay out of the text, and raise no error.

const UNIAN = '000_5f6fa893fbc90bad';

/** Boxes of the note cards and of the article's paragraphs, in page coordinates. */
const boxes = (page: Page) =>
  page.evaluate(() => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY };
    };
    const root = document.querySelector('sidelight-notes')?.shadowRoot;
    return {
      width: innerWidth,
      notes: [...(root?.querySelectorAll('[data-testid="note-group"]') ?? [])].map(box),
      paragraphs: [...document.querySelectorAll('article p')].map(box),
    };
  });

type Box = { left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  return errors;
}

test('an article that arrives after the page has loaded gets its notes', async ({
  newsroom,
  page,
  visit,
  serviceWorker,
}) => {
  const seedPath = newsroom.pages.find((p) => p.articleId === UNIAN)!.path;
  const seedHtml = await (await fetch(new URL(seedPath, newsroom.url))).text();
  // An unrelated page whose content is then replaced, at the same address, by the story's: a late load.
  const messages = await recordMessages(serviceWorker);
  await visit(newsroom.pages.find((p) => p.kind === 'unrelated')!.path);
  await firstLookDone(page); // The first look found nothing: what follows is late content.
  expect(await messages(page.url())).not.toContain('spotted');
  expect(await page.locator('sidelight-notes').count()).toBe(0);
  await page.evaluate((html) => {
    const next = new DOMParser().parseFromString(html, 'text/html');
    document.body.replaceWith(document.adoptNode(next.body));
  }, seedHtml);
  expect(await waitForNotes(page)).toBeGreaterThan(10);
});

test('a right-to-left page gets its notes beside the text, not over it, and no error', async ({
  newsroom,
  page,
  visit,
}) => {
  const seedPath = newsroom.pages.find((p) => p.articleId === UNIAN)!.path;
  await page.route(new URL(seedPath, newsroom.url).href, async (route) => {
    const html = await (await fetch(new URL(seedPath, newsroom.url))).text();
    await route.fulfill({ contentType: 'text/html; charset=utf-8', body: html.replace('<html', '<html dir="rtl"') });
  });
  const errors = collectErrors(page);
  await visit(seedPath);
  expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
  expect(await waitForNotes(page)).toBeGreaterThan(10);
  await expect.poll(async () => (await boxes(page)).notes.length).toBeGreaterThan(0);
  const { notes, paragraphs, width } = await boxes(page);
  expect(paragraphs.length).toBeGreaterThan(5);
  expect(notes.filter((n) => n.left < 0 || n.right > width)).toEqual([]); // On screen, not pushed off it.
  const covering = notes.filter((n) => paragraphs.some((p) => overlaps(n, p)));
  expect(covering).toEqual([]);
  expect(await notesRoot(page).getByTestId('note').count()).toBeGreaterThan(10);
  expect(errors.filter((e) => /sidelight/i.test(e))).toEqual([]);
});

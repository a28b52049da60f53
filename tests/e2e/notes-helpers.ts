// Helpers shared by the side-notes e2e files: find Sidelight's notes in a page, read them, and route the pack's
// outlet addresses to the newsroom's copies of those articles.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { Newsroom } from './fixtures';

/** The notes UI inside Sidelight's shadow root (closed; the fixtures hand it to Playwright: closed-roots.ts). */
export function notesRoot(page: Page): Locator {
  return page.locator('sidelight-notes [data-testid="notes"]');
}

/** Waits until the notes are drawn and returns how many note rows (or markers) there are. The root is attached
 *  before its rows are drawn, so this waits for the first row: reading labels at the root alone raced the draw. */
export async function waitForNotes(page: Page, timeout = 15_000): Promise<number> {
  const rows = notesRoot(page).locator('[data-testid="note"], [data-testid="note-marker"]');
  await rows.first().waitFor({ state: 'attached', timeout });
  return rows.count();
}

/** Every note row's summary (the sentence a screen reader hears, kept in data-label for tests). */
export async function noteLabels(page: Page): Promise<string[]> {
  return notesRoot(page)
    .locator('[data-testid="note"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-label') ?? ''));
}

/** The note row whose claim starts with `text`. */
export function noteFor(page: Page, text: string): Locator {
  return notesRoot(page).locator(`[data-testid="note"][data-label^=${JSON.stringify(`Claim “${text}`)}]`);
}

/** The embedded pack's articles (id, outlet, url), read from the repository. */
export function packArticles(): { id: string; outlet: string; url: string | null; text: string }[] {
  return JSON.parse(readFileSync('public/stories/witkoff-leak.json', 'utf8')).articles;
}

/**
 * The pack's addresses are the real outlets' pages, which this offline machine cannot reach. The tests route
 * each of them to the newsroom's rendering of the same article, so a note's link is followed exactly as
 * written (host, path and text fragment) and lands on that article's text.
 */
export async function routeOutletsToNewsroom(context: BrowserContext, newsroom: Newsroom): Promise<void> {
  for (const article of packArticles()) {
    const local = newsroom.pages.find((p) => p.articleId === article.id);
    if (!article.url || !local) continue;
    const target = new URL(article.url);
    await context.route(
      (url) => url.host === target.host && url.pathname === target.pathname,
      async (route) => {
        const response = await fetch(new URL(local.path, newsroom.url));
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: await response.text() });
      },
    );
  }
}

/** Every request the context makes, for the no-network assertions. */
export function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  return urls;
}

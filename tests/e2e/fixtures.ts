// Fixtures for end-to-end tests: a Chromium with the built extension, its service worker and id, the demo
// newsroom, and a page whose screenshot is kept under artifacts/e2e/ after every test.
// A new test file needs only: `import { test, expect } from './fixtures';`.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { test as base } from 'vitest';
import { CHROME_EXTENSION_DIR, extensionWorker, launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { startNewsroom } from '../../scripts/newsroom/server.mjs';
import { revealClosedRoots } from './closed-roots';

export { expect } from 'vitest';

export const EXTENSION_DIR = CHROME_EXTENSION_DIR;
export const ARTIFACTS_DIR = resolve('artifacts/e2e');

export interface Newsroom {
  url: string;
  pages: { path: string; title: string; outlet: string; kind: 'seed' | 'unrelated' | 'index'; articleId?: string }[];
  close(): Promise<void>;
}

/** Options a test file may set with `test.override` / `test.scoped` before its browser starts. */
export interface BrowserOptions {
  viewport: { width: number; height: number };
  colorScheme: 'light' | 'dark';
  /** The browser's UI language (`--lang`), which picks Sidelight's words (public/_locales); English if unset. */
  lang?: string;
}

interface FileFixtures {
  browserOptions: BrowserOptions;
  newsroom: Newsroom;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

interface TestFixtures {
  page: Page;
  /** Opens a newsroom path (e.g. a seed page's `path`) in `page` and waits for the load event. */
  visit: (path: string) => Promise<Page>;
}

const slugify = (s: string) =>
  s
    .replace(/[^\w-]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 100);

export const test = base.extend<TestFixtures & FileFixtures>({
  // Wide enough for the notes' rail beside the demo pages' own sidebars (issue 20: at 1400 px it would cover
  // them, so the notes fold into markers there; tests of that set their own width).
  browserOptions: [{ viewport: { width: 1920, height: 900 }, colorScheme: 'light' }, { scope: 'file' }],

  newsroom: [
    async ({}, use) => {
      const newsroom = (await startNewsroom({ port: 0 })) as Newsroom;
      await use(newsroom);
      await newsroom.close();
    },
    { scope: 'file' },
  ],

  context: [
    async ({ browserOptions }, use) => {
      const userDataDir = mkdtempSync(join(tmpdir(), 'sidelight-e2e-'));
      const { lang, ...options } = browserOptions;
      const args = lang ? [`--lang=${lang}`] : [];
      const context = await launchWithExtension({ extensionDir: EXTENSION_DIR, userDataDir, ...options, args });
      revealClosedRoots(context); // Sidelight's UI in pages is in closed shadow roots: see closed-roots.ts.
      await use(context);
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
    { scope: 'file' },
  ],

  serviceWorker: [
    async ({ context }, use) => {
      await use((await extensionWorker(context)).worker);
    },
    { scope: 'file' },
  ],

  extensionId: [
    async ({ serviceWorker }, use) => {
      await use(new URL(serviceWorker.url()).host);
    },
    { scope: 'file' },
  ],

  page: async ({ context, task }, use) => {
    const page = await context.newPage();
    await use(page);
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const name = slugify(`${task.file?.name ?? ''}-${task.name}`);
    await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`) }).catch(() => undefined);
    await page.close();
  },

  visit: async ({ page, newsroom }, use) => {
    await use(async (path) => {
      await page.goto(new URL(path, newsroom.url).href, { waitUntil: 'load' });
      return page;
    });
  },
});

/** Reads a key of the extension's `storage.session` from its service worker. */
export function readSessionStorage(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(async (k) => (await chrome.storage.session.get(k))[k] ?? null, key);
}

/**
 * The id of the open tab showing `url` where the background has read it (its per-tab status), or null when nothing
 * was read there yet.
 */
export function tabIdReading(worker: Worker, url: string): Promise<number | null> {
  return worker.evaluate(async (u) => {
    const all = (await chrome.storage.session.get(null)) as Record<string, { url?: string }>;
    // A closed tab's record stays until another tab is read (tab-status.ts): only open tabs count.
    const open = new Set((await chrome.tabs.query({ url: u })).map((t) => `tab:${t.id}`));
    const key = Object.keys(all).find((k) => open.has(k) && all[k]?.url === u);
    return key ? Number(key.slice(4)) : null;
  }, url);
}

/**
 * Polls `probe` until it returns a value that is not null/undefined, or fails after `timeout` ms (the same default
 * as expect.poll's in vitest.e2e.config.ts).
 */
export async function waitFor<T>(probe: () => Promise<T | null | undefined>, timeout = 15_000): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > until) throw new Error(`waitFor: nothing after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

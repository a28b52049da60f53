// Finds a Chromium to drive and launches it with the built extension loaded. Shared by `npm start`, the e2e
// tests and the browser benchmarks, so all three run Sidelight the same way.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * The built Chrome extension. `SIDELIGHT_OUT_DIR` (also read by wxt.config.ts) moves the whole build, so that two
 * checkouts' or two developers' builds and e2e runs on one machine do not overwrite each other.
 */
export const OUT_DIR = process.env.SIDELIGHT_OUT_DIR || '.output';
export const CHROME_EXTENSION_DIR = resolve(OUT_DIR, 'chrome-mv3');

export const INSTALL_HINT =
  'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
  'or set CHROMIUM_PATH to its executable.';

/** Returns the path of the first Chromium/Chrome executable found, or null. */
export function findChromium() {
  return CANDIDATES.find((p) => p && existsSync(p)) ?? null;
}

/**
 * Launches a persistent Chromium context with the unpacked extension at `extensionDir`.
 * `--disable-extensions-except` is required: without it Playwright's default `--disable-extensions` wins.
 * The networking flags keep Chromium from calling home, so the only traffic is what pages and tests make.
 * @param {{ extensionDir: string, userDataDir: string, headless?: boolean,
 *   viewport?: { width: number, height: number } | null, colorScheme?: 'light' | 'dark', args?: string[] }} options
 */
export async function launchWithExtension({
  extensionDir,
  userDataDir,
  headless = true,
  viewport,
  colorScheme,
  args = [],
}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    viewport: viewport === undefined ? { width: 1400, height: 900 } : viewport,
    colorScheme,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-quic',
      ...args,
    ],
  });
}

/** Waits for the extension's service worker and returns it with the extension id (its URL's host). */
export async function extensionWorker(context) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return { worker, extensionId: new URL(worker.url()).host };
}

#!/usr/bin/env node
// `npm start`: builds the extension, serves the demo newsroom, and opens Chromium with Sidelight loaded on the
// first seed article. `npm start -- --headless --screenshot FILE` for machines without a display.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROME_EXTENSION_DIR, findChromium, INSTALL_HINT, launchWithExtension } from './lib/chromium.mjs';
import { startNewsroom } from './newsroom/server.mjs';

const { values: opts } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    port: { type: 'string', default: '4173' },
    'no-build': { type: 'boolean', default: false },
  },
});

if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (!opts.headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found. Run `npm start -- --headless --screenshot shot.png` on machines without one.');
  process.exit(1);
}

if (!opts['no-build']) {
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const newsroom = await startNewsroom({ port: Number(opts.port) });
const first = newsroom.pages.find((p) => p.kind === 'seed');
const url = new URL(first.path, newsroom.url).href;
console.log(`Demo newsroom: ${newsroom.url}  (index of all pages)`);

const context = await launchWithExtension({
  extensionDir: CHROME_EXTENSION_DIR,
  userDataDir: mkdtempSync(join(tmpdir(), 'sidelight-start-')),
  headless: opts.headless,
  viewport: opts.headless ? { width: 1920, height: 1000 } : null,
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url, { waitUntil: 'load' });
console.log(`Opened ${url}`);

if (opts.screenshot) {
  // Wait for the content script to spot the story, extract the article and draw its notes, then open the first
  // note as a reader would, from the keyboard: the notes live in a closed shadow root that no locator reaches, and
  // Alt+Shift+N moves focus into them (their host becomes the focused element) only once they are drawn. A page
  // with no story is shot as it is.
  const inNotes = () => page.evaluate(() => document.activeElement?.localName === 'sidelight-notes');
  // The demo newsroom's cookie banner would cover the foot of the shot; the article's first claims sit below the
  // lead picture, so the shot starts there.
  await page
    .getByRole('button', { name: 'Only necessary' })
    .click({ timeout: 5_000 })
    .catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 650));
  const deadline = Date.now() + 60_000;
  let drawn = false;
  while (!drawn && Date.now() < deadline) {
    await page.keyboard.press('Alt+Shift+N');
    drawn = await inNotes();
    if (!drawn) await page.waitForTimeout(500);
  }
  if (drawn) await page.keyboard.press('Enter');
  else console.warn('No side notes appeared within 60 s.');
  await page.waitForTimeout(500);
  await page.screenshot({ path: opts.screenshot });
  console.log(`Screenshot written to ${opts.screenshot}`);
}

const shutdown = async () => {
  await context.close().catch(() => undefined);
  await newsroom.close();
  process.exit(0);
};
if (opts.headless) await shutdown();
else {
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  context.on('close', shutdown);
  process.on('SIGINT', shutdown);
}

// Coverage benchmarks (tables, not timed tests). In Node: computing a story's coverage (every article aligned
// against the others, then the matrix) for the embedded story and for a story of 200 articles, and the CSV. In
// Chromium with the built extension: opening coverage.html on the 200-article story, first (computed in the
// service worker) and again (kept), until the table is on screen. The embedded story is the baseline.
// Targets (scripts/bench/README.md): the table on screen within 10 s the first time and 500 ms after.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alignStory } from '../../utils/coverage/align-story';
import { coverageToCsv } from '../../utils/coverage/csv';
import { buildCoverage } from '../../utils/coverage/matrix';
import { buildIndex } from '../../utils/engine/index';
import type { StoryPack } from '../../utils/pack/schema';
import { loadResources } from '../cli/resources';
import { CHROME_EXTENSION_DIR, extensionWorker, launchWithExtension } from '../lib/chromium.mjs';
import { embedded, story200 } from './story-200';
import { fmt, median, time } from './timing';

const resources = loadResources();
const index = buildIndex([embedded, story200], resources);
const table = (head: string[], rows: string[][]) => {
  console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log('');
};

function nodeRows(pack: StoryPack, runs: number) {
  const aligned = alignStory(index, pack);
  const coverage = buildCoverage(pack, aligned);
  return {
    rows: coverage.rows.length,
    align: time(() => alignStory(index, pack), runs),
    matrix: time(() => buildCoverage(pack, aligned), runs),
    csv: time(() => coverageToCsv(coverage), runs),
  };
}

console.log(`Coverage, Node ${process.version}: the embedded story (3 articles) and a story of 200 articles\n`);
const small = nodeRows(embedded, 7);
const large = nodeRows(story200, 2);
table(
  ['story', 'claims (rows)', 'align every article ms', 'matrix ms', 'CSV ms', 'total ÷ embedded'],
  [
    ['embedded (3)', String(small.rows), fmt(small.align), fmt(small.matrix), fmt(small.csv), '1.0'],
    [
      '200 articles',
      String(large.rows),
      fmt(large.align),
      fmt(large.matrix),
      fmt(large.csv),
      fmt((large.align + large.matrix) / (small.align + small.matrix)),
    ],
  ],
);

// In the browser: import the story through the extension, then open its coverage page.
if (!existsSync(join(CHROME_EXTENSION_DIR, 'manifest.json'))) {
  execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { stdio: 'ignore' });
}
const userDataDir = mkdtempSync(join(tmpdir(), 'sidelight-bench-coverage-'));
const context = await launchWithExtension({ extensionDir: CHROME_EXTENSION_DIR, userDataDir });
const { extensionId } = await extensionWorker(context);
const page = await context.newPage();
await page.goto(`chrome-extension://${extensionId}/stories.html`);
const imported = await page.evaluate(
  (pack) => chrome.runtime.sendMessage({ type: 'story-import', pack, onConflict: 'replace' }),
  story200 as unknown,
);
if (!imported?.ok) throw new Error(`import failed: ${JSON.stringify(imported)}`);

async function open(storyId: string): Promise<number> {
  const t0 = Date.now();
  await page.goto(`chrome-extension://${extensionId}/coverage.html?story=${storyId}`);
  await page.waitForSelector('[data-testid="coverage-row"]', { timeout: 120_000 });
  await page.evaluate(() => new Promise(requestAnimationFrame));
  return Date.now() - t0;
}
const rename = (storyId: string, title: string) =>
  page.evaluate(
    ([id, t]) => chrome.runtime.sendMessage({ type: 'story-rename', storyId: id, title: t }),
    [storyId, title],
  );

const RUNS = 3;
const browser = {
  first: [] as number[],
  again: [] as number[],
  embeddedFirst: [] as number[],
  embeddedAgain: [] as number[],
};
// Opening again is short and moves with the host (±150 ms from run to run): three times after each first open.
for (let i = 0; i < RUNS; i++) {
  await rename('bench-200', `A story of 200 articles (${i})`); // A changed story is computed afresh.
  browser.first.push(await open('bench-200'));
  for (let j = 0; j < 3; j++) browser.again.push(await open('bench-200'));
}
browser.embeddedFirst.push(await open('witkoff-leak'));
for (let i = 0; i < 3 * RUNS; i++) browser.embeddedAgain.push(await open('witkoff-leak'));
await context.close();
rmSync(userDataDir, { recursive: true, force: true });

console.log(
  `Opening coverage.html until the table is on screen (Chromium; medians of ${RUNS} first opens, ${3 * RUNS} again)\n`,
);
table(
  ['story', 'first open ms (computed)', 'again ms (kept)', 'target first / again'],
  [
    ['embedded (3)', fmt(browser.embeddedFirst[0]!), fmt(median(browser.embeddedAgain)), ''],
    ['200 articles', fmt(median(browser.first)), fmt(median(browser.again)), '≤ 10,000 / ≤ 500'],
  ],
);

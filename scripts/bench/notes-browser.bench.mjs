#!/usr/bin/env node
// Side notes in the real browser (Chromium with the built extension, against the demo newsroom):
//  1. Sidelight's main-thread time on pages without a story (the 130 real pages), against the page's own.
//  2. DOMContentLoaded → notes visible on the seed articles, and their differences shown (they follow the notes),
//     warm and with a freshly stopped service worker, against DOMContentLoaded → load of the same pages.
//  3. The size of the code every page loads (gzipped), against the code only story pages load.
//  4. Memory added to a story page: the same page with notes on and switched off.
// `node scripts/bench/notes-browser.bench.mjs [--quick]` (or `npm run bench -- browser`); builds first.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_EXTENSION_DIR, extensionWorker, launchWithExtension } from '../lib/chromium.mjs';
import { startNewsroom } from '../newsroom/server.mjs';
import {
  fmt,
  heapAndNodes,
  notesTiming,
  recordNotesVisible,
  startProfile,
  stats,
  stopProfile,
  table,
} from './browser-measure.mjs';

const QUICK = process.argv.includes('--quick');
const EXT = CHROME_EXTENSION_DIR;
const REAL = join('..', 'shared', 'fixtures', 'real-pages');
const RUNS = QUICK ? 2 : 5;

execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { stdio: 'ignore' });
const newsroom = await startNewsroom({ port: 0 });
const userDataDir = mkdtempSync(join(tmpdir(), 'sidelight-bench-'));
const context = await launchWithExtension({ extensionDir: EXT, userDataDir });
const { worker, extensionId } = await extensionWorker(context);
const local = new URL(newsroom.url).host;
await context.route(
  (url) => url.host !== local && url.protocol.startsWith('http'),
  (route) => route.abort(),
);
const settings = (value) => worker.evaluate((v) => chrome.storage.local.set({ settings: v }), value);
const ON = { v: 1, paused: false, disabledSites: [] };

// 1. Main-thread time on pages without a story.
{
  const slugs = existsSync(REAL)
    ? readdirSync(REAL)
        .filter((s) => existsSync(join(REAL, s, 'source.html')))
        .sort()
    : [];
  const page = await context.newPage();
  await page.goto(newsroom.url); // Same origin from here on, so the profiler's renderer stays the same.
  const cdp = await context.newCDPSession(page);
  const rows = [];
  // Each page is loaded PAGE_RUNS times and its median kept: one 0.1 ms-sampled load is too noisy for a maximum.
  const PAGE_RUNS = QUICK ? 1 : 3;
  const median = (xs) => stats(xs).median;
  for (const slug of QUICK ? slugs.slice(0, 30) : slugs) {
    const runs = [];
    for (let i = 0; i < PAGE_RUNS; i++) {
      await startProfile(cdp);
      await page.goto(new URL(`/real/${slug}/`, newsroom.url).href, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const { ours, busy } = await stopProfile(cdp, [
        `${extensionId}/content-scripts/content.js`,
        `${extensionId}/content-scripts/article.js`,
      ]);
      runs.push({ spot: ours[0], article: ours[1], busy });
    }
    rows.push({
      slug,
      bytes: statSync(join(REAL, slug, 'source.html')).size,
      spot: median(runs.map((r) => r.spot)),
      article: median(runs.map((r) => r.article)),
      busy: median(runs.map((r) => r.busy)),
    });
  }
  const spotted = rows.filter((r) => r.article > 0);
  const quiet = rows.filter((r) => r.article === 0);
  const s = stats(quiet.map((r) => r.spot));
  const page0 = stats(quiet.map((r) => r.busy));
  const worst = [...rows].sort((a, b) => b.spot + b.article - a.spot - a.article).slice(0, 5);
  const largest = [...rows].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
  console.log(
    `## 1. Main-thread time on ${rows.length} real pages (sampled JS, 0.1 ms; median of ${PAGE_RUNS} loads each; page = all non-idle samples)\n`,
  );
  table(
    ['pages', 'n', 'Sidelight median ms', 'Sidelight max ms', 'page median ms', 'median share'],
    [
      [
        'no story suspected (spot test only)',
        s.n,
        fmt(s.median),
        fmt(s.max),
        fmt(page0.median, 1),
        `${fmt((100 * s.median) / page0.median, 1)} %`,
      ],
      [
        'spot test flagged (extraction + engine ran, no story found)',
        spotted.length,
        fmt(stats(spotted.map((r) => r.spot + r.article)).median),
        fmt(stats(spotted.map((r) => r.spot + r.article)).max),
        fmt(stats(spotted.map((r) => r.busy)).median, 1),
        '',
      ],
    ],
  );
  const row = (r) => [r.slug, fmt(r.bytes / 1024, 0), fmt(r.spot), fmt(r.article), fmt(r.busy, 1)];
  table(['largest pages', 'HTML KB', 'spot ms', 'article ms', 'page ms'], largest.map(row));
  table(['slowest for Sidelight', 'HTML KB', 'spot ms', 'article ms', 'page ms'], worst.map(row));
  await page.close();
}

// 2. DOMContentLoaded → notes visible.
{
  const seeds = newsroom.pages.filter((p) => p.kind === 'seed');
  const warm = [];
  const cold = [];
  const loads = [];
  for (let run = 0; run < RUNS; run++) {
    for (const seed of seeds) {
      for (const mode of ['warm', 'cold']) {
        const page = await context.newPage();
        if (mode === 'cold') {
          const cdp = await context.newCDPSession(page);
          await cdp.send('ServiceWorker.enable');
          await cdp.send('ServiceWorker.stopAllWorkers');
        }
        await page.addInitScript(recordNotesVisible);
        await page.goto(new URL(seed.path, newsroom.url).href);
        const t = await notesTiming(page);
        (mode === 'warm' ? warm : cold).push(t);
        if (mode === 'warm') loads.push(t.load);
        await page.close();
      }
    }
  }
  const l = stats(loads);
  const rowOf = (name, times, key) => {
    const s = stats(times.map((t) => t[key]));
    return [name, s.n, fmt(s.median, 0), fmt(s.p90, 0), fmt(s.max, 0), fmt(s.median / l.median)];
  };
  const engine = await context.newPage().then(async (p) => {
    await p.goto(`chrome-extension://${extensionId}/popup.html`);
    const t = await p.evaluate(async () => (await chrome.storage.session.get('engine:timings'))['engine:timings']);
    await p.close();
    return t;
  });
  console.log(`## 2. DOMContentLoaded → notes visible, ${seeds.length} seed pages × ${RUNS} runs\n`);
  table(
    ['', 'n', 'median ms', 'p90 ms', 'max ms', 'median ÷ (DCL → load)'],
    [
      rowOf('worker warm', warm, 'notes'),
      rowOf('worker stopped first (index rebuilt)', cold, 'notes'),
      rowOf('… their differences shown, worker warm', warm, 'differences'),
      rowOf('… their differences shown, worker stopped first', cold, 'differences'),
      ['baseline: DOMContentLoaded → load', l.n, fmt(l.median, 0), fmt(l.p90, 0), fmt(l.max, 0), '1.00'],
    ],
  );
  if (engine)
    console.log(
      `Last index build in the worker: packs + lexicon read ${fmt(engine.loadMs, 0)} ms, index built ${fmt(engine.buildMs, 0)} ms (${engine.articles} articles).\n`,
    );
}

// 3. Code size.
{
  const manifest = JSON.parse(readFileSync(join(EXT, 'manifest.json'), 'utf8'));
  const always = manifest.content_scripts.flatMap((c) => c.js ?? []);
  const size = (f) => {
    const b = readFileSync(join(EXT, f));
    return { raw: b.length / 1024, gz: gzipSync(b, { level: 9 }).length / 1024 };
  };
  const rows = [
    ...always.map((f) => [`${f} (every page)`, size(f)]),
    ['content-scripts/article.js (story pages only)', size('content-scripts/article.js')],
    ['background.js (service worker)', size('background.js')],
  ];
  const every = always.reduce((n, f) => n + size(f).gz, 0);
  console.log('## 3. Code size\n');
  table(
    ['file', 'KB', 'KB gzipped'],
    rows.map(([f, s]) => [f, fmt(s.raw, 1), fmt(s.gz, 1)]),
  );
  console.log(`Every page loads ${fmt(every, 1)} KB gzipped (target ≤ 30 KB): ${fmt(every / 30)} × the target.\n`);
}

// 4. Memory added to a story page.
{
  const seed = newsroom.pages.find((p) => p.kind === 'seed');
  const measure = async (withNotes) => {
    await settings(withNotes ? ON : { ...ON, paused: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(new URL(seed.path, newsroom.url).href);
    // The host is mounted with the notes in it (their root is closed to Playwright).
    if (withNotes) await page.locator('sidelight-notes').waitFor({ state: 'attached' });
    else await page.waitForTimeout(1000);
    const m = await heapAndNodes(cdp);
    await page.close();
    return m;
  };
  const on = [];
  const off = [];
  for (let i = 0; i < RUNS; i++) {
    off.push(await measure(false));
    on.push(await measure(true));
  }
  await settings(ON);
  const med = (xs, k) => stats(xs.map((x) => x[k])).median;
  console.log(`## 4. Memory on a story page (${seed.outlet} seed, median of ${RUNS})\n`);
  table(
    ['', 'JS heap MB', 'DOM nodes'],
    [
      ['notes paused (baseline)', fmt(med(off, 'heapMB')), fmt(med(off, 'nodes'), 0)],
      ['notes shown', fmt(med(on, 'heapMB')), fmt(med(on, 'nodes'), 0)],
      ['added', fmt(med(on, 'heapMB') - med(off, 'heapMB')), fmt(med(on, 'nodes') - med(off, 'nodes'), 0)],
      ['ratio', fmt(med(on, 'heapMB') / med(off, 'heapMB')), fmt(med(on, 'nodes') / med(off, 'nodes'))],
    ],
  );
}

await context.close();
await newsroom.close();
rmSync(userDataDir, { recursive: true, force: true });

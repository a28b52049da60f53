// Highlights benchmarks (tables of medians): re-anchoring 500 highlights on a long page in Chromium with the
// built extension (target ≤ 100 ms), opening the library with 10,000 highlights (first useful paint, target
// ≤ 500 ms), and exporting / importing 10,000 in Node. Needs `npx wxt build` first (done here if missing).
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { CHROME_EXTENSION_DIR, extensionWorker, launchWithExtension } from '../lib/chromium.mjs';
import { toCslJson, toRis } from '../../utils/export/citations';
import { toCsv } from '../../utils/export/csv';
import { parseWebAnnotations } from '../../utils/export/import-annotations';
import { toMarkdown } from '../../utils/export/markdown';
import { toWebAnnotations } from '../../utils/export/web-annotation';
import { highlightsOn, libraryHighlights, longPage } from './highlights-data';
import { fmt, median, time } from './timing';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const table = (title: string, rows: [string, string, string][]) => {
  console.log(`\n${title}\n\n| | median ms | target |\n|---|---|---|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
};

/** Imports a JSON-LD file through the library page, as a person would. */
async function importThroughLibrary(library: Page, file: string, expected: number) {
  await library.getByTestId('library-import').setInputFiles(file);
  // The library writes the count as the browser's language does ("10,000 highlights" in English).
  await library.waitForFunction(
    (n) => document.querySelector('[data-testid="library-count"]')?.textContent === `${n} highlights`,
    expected.toLocaleString('en-US'),
    { timeout: 120_000 },
  );
}

async function browserBenches(): Promise<[string, string, string][]> {
  const ext = CHROME_EXTENSION_DIR;
  if (!existsSync(join(ext, 'manifest.json'))) execSync('npx wxt build', { stdio: 'inherit' });
  const page500 = longPage(1500);
  const server = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page500.html),
  );
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/long-article`;
  const dir = mkdtempSync(join(tmpdir(), 'sidelight-bench-'));
  const context = await launchWithExtension({
    extensionDir: ext,
    userDataDir: dir,
    viewport: undefined,
    colorScheme: undefined,
  });
  try {
    const { worker, extensionId } = (await extensionWorker(context)) as { worker: Worker; extensionId: string };
    const library = await context.newPage();
    const libraryUrl = `chrome-extension://${extensionId}/library.html`;
    await library.goto(libraryUrl);
    const file500 = join(dir, 'h500.jsonld');
    writeFileSync(file500, toWebAnnotations(highlightsOn(url, page500.text, 500)));
    await importThroughLibrary(library, file500, 500);

    // Re-anchoring: the drawer reports its main-thread time for text map + anchoring + drawing.
    const page = await context.newPage();
    const anchorMs: number[] = [];
    let found = 0;
    for (let i = 0; i < RUNS; i++) {
      await worker.evaluate(() => chrome.storage.session.clear());
      await page.goto(url, { waitUntil: 'load' });
      const r = await (async () => {
        for (let t = 0; t < 200; t++) {
          const all = await worker.evaluate(() => chrome.storage.session.get(null));
          const hit = Object.entries(all).find(([k]) => k.startsWith('highlights:tab:'));
          if (hit) return hit[1] as { found: number; ms: number };
          await new Promise((ok) => setTimeout(ok, 50));
        }
        throw new Error('the drawer did not report');
      })();
      anchorMs.push(r.ms);
      found = r.found;
    }

    // The library with 10,000 highlights: time from navigation start to the first render with items.
    const file10k = join(dir, 'h10k.jsonld');
    writeFileSync(file10k, toWebAnnotations(libraryHighlights(9500)));
    await importThroughLibrary(library, file10k, 10_000);
    const paint: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await library.goto(libraryUrl);
      const mark = await library.waitForFunction(
        () => performance.getEntriesByName('sidelight:library-ready')[0]?.startTime ?? null,
        undefined,
        { timeout: 30_000 },
      );
      paint.push((await mark.jsonValue()) as number);
    }
    return [
      [
        `re-anchor 500 highlights, 1,500-paragraph page (${page500.text.length.toLocaleString('en')} chars; ${found} found)`,
        fmt(median(anchorMs)),
        '≤ 100',
      ],
      ['open the library with 10,000 highlights (first useful paint)', fmt(median(paint)), '≤ 500'],
    ];
  } finally {
    await context.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const tenK = libraryHighlights(10_000);
const jsonld = toWebAnnotations(tenK);
table('Export and import of 10,000 highlights (Node)', [
  ['Markdown, one file per story', fmt(time(() => toMarkdown(tenK, 'story'), RUNS)), '—'],
  ['CSV', fmt(time(() => toCsv(tenK), RUNS)), '—'],
  ['Web Annotation JSON-LD', fmt(time(() => toWebAnnotations(tenK), RUNS)), '—'],
  ['CSL-JSON + RIS (500 sources)', fmt(time(() => (toCslJson(tenK), toRis(tenK)), RUNS)), '—'],
  ['import: parse + validate the JSON-LD', fmt(time(() => parseWebAnnotations(jsonld), RUNS)), '—'],
]);
table(`In Chromium with the built extension (${RUNS} runs)`, await browserBenches());

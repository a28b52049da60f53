// Stories benchmarks (tables, not timed tests): what the service worker does when a person adds an article to a
// story of 200 articles (the edit and its validation, the spot terms, the index rebuilt on the next page), and
// the engine's part of drawing notes on a page of that story, each against the embedded 3-article story
// measured in the same run. Articles: the real pages' texts (cut at 8,000 characters) and texts stitched from
// their sentences, 5–8 KB each, so the pack is about the size the brief names (200 × 5–10 KB ≈ 1.5 MB).
// Targets (stated in scripts/bench/README.md): adding one article < 500 ms, notes on a page < 100 ms.

import fs from 'node:fs';
import path from 'node:path';
import { alignText, buildIndex } from '../../utils/engine/index';
import { PreparedCache } from '../../utils/engine/incremental';
import { segment } from '../../utils/engine/segment';
import { parseStoryPack, parseStoryPackJson } from '../../utils/pack/parse';
import type { PackArticle, StoryPack } from '../../utils/pack/schema';
import { deriveSpotTerms } from '../../utils/spot';
import { addArticle } from '../../utils/stories/edit';
import { loadResources, repoRoot } from '../cli/resources';
import { realPages } from '../eval/corpora';

const resources = loadResources();
const parsed = parseStoryPackJson(
  fs.readFileSync(path.join(repoRoot, 'public', 'stories', 'witkoff-leak.json'), 'utf8'),
);
if (!parsed.ok) throw new Error(parsed.error);
const embedded: StoryPack = parsed.value;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time(fn: () => void, runs: number): number {
  fn(); // warm-up
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

const real = realPages(path.join(repoRoot, '..', 'shared', 'fixtures', 'real-pages')).filter(
  (d) => d.text.length > 2000,
);
if (!real.length) {
  console.log('stories.bench: ../shared/fixtures/real-pages is absent; skipped.');
  process.exit(0);
}
const sentences = real.flatMap((d) =>
  segment(d.text)
    .filter((s) => s.kind === 'sentence')
    .map((s) => s.text),
);
let seed = 11;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
function stitched(): string {
  let out = '';
  while (out.length < 5000 + rand() * 3000) out += `${sentences[Math.floor(rand() * sentences.length)]} `;
  return out.trim();
}

function articleN(i: number): PackArticle {
  return {
    id: `a-${i}`,
    outlet: `Outlet ${i % 40}`,
    url: `https://outlet${i % 40}.example/news/${i}`,
    title: `Article ${i}`,
    language: 'en',
    text: i < real.length ? real[i]!.text.slice(0, 8000) : stitched(),
  };
}

const story200: StoryPack = {
  format: 'sidelight-story-pack',
  version: 1,
  story: { id: 'bench-200', title: 'A story of 200 articles' },
  articles: Array.from({ length: 200 }, (_, i) => articleN(i)),
};
const newcomer = articleN(200);
const packBytes = JSON.stringify(story200).length;

console.log(
  `Stories: a story of ${story200.articles.length} articles (${(packBytes / 1e6).toFixed(2)} MB as JSON) beside the embedded story, Node ${process.version}`,
);

// Adding one article: what stories.ts does before replying, then what the next page's alignment does.
const editMs = time(() => {
  const r = addArticle(story200, newcomer);
  if (!r.ok || !parseStoryPack(r.pack).ok) throw new Error('edit failed');
}, 20);
const editBaseMs = time(() => {
  const r = addArticle(embedded, newcomer);
  if (!r.ok || !parseStoryPack(r.pack).ok) throw new Error('edit failed');
}, 20);
const grown = addArticle(story200, newcomer);
if (!grown.ok) throw new Error(grown.error);
const spotMs = time(() => deriveSpotTerms([embedded, grown.pack]), 10);
const spotBaseMs = time(() => deriveSpotTerms([embedded]), 10);
const buildMs = time(() => buildIndex([embedded, grown.pack], resources), 7);
const buildBaseMs = time(() => buildIndex([embedded], resources), 7);

// The same rebuild with the other articles' prepared data kept (what the worker does): only the new one is
// prepared. Each run starts from the cache of the 200 (the newcomer pruned again, untimed).
const cache = new PreparedCache();
cache.build([embedded, story200], resources);
const incTimes: number[] = [];
for (let i = 0; i < 8; i++) {
  const t0 = performance.now();
  cache.build([embedded, grown.pack], resources);
  incTimes.push(performance.now() - t0);
  if (cache.fresh.size !== 1) throw new Error('expected exactly one article prepared');
  cache.build([embedded, story200], resources);
  cache.prune();
}
const incrementalMs = median(incTimes);
// A restarted worker reads the kept entries from IndexedDB: a structured clone of them stands in for that read.
const all = new PreparedCache();
all.build([embedded, story200], resources);
const entries = [...all.fresh];
const cloneMs = time(() => structuredClone(entries), 5);
const restartMs = time(() => {
  const restarted = new PreparedCache();
  restarted.load(entries.map(([key, prepared]) => ({ key, prepared })));
  restarted.build([embedded, story200], resources);
}, 5);

// Drawing notes on a page of the story: detection over both stories and linking against its 200 articles.
const index = buildIndex([embedded, grown.pack], resources);
const baseIndex = buildIndex([embedded], resources);
const page = grown.pack.articles[5]!;
const seedPage = embedded.articles[0]!;
const alignMs = time(() => alignText(index, page.text, { url: page.url ?? undefined }), 15);
const alignSeedMs = time(() => alignText(index, seedPage.text, { url: seedPage.url ?? undefined }), 15);
const alignBaseMs = time(() => alignText(baseIndex, seedPage.text, { url: seedPage.url ?? undefined }), 15);
const linked = alignText(index, page.text, { url: page.url ?? undefined, storyId: 'bench-200' }).claims.filter(
  (c) => c.matches.length,
).length;

const row = (ms: number, base: number, target?: number) => ({
  'median ms': fmt(ms),
  'embedded-only ms': fmt(base),
  ratio: (ms / base).toFixed(1),
  ...(target !== undefined && { target: `< ${target}`, met: ms < target ? 'yes' : 'NO' }),
});
const addTotal = editMs + spotMs + incrementalMs;
console.table({
  'add: edit + validate pack': row(editMs, editBaseMs),
  'add: spot terms, all stories': row(spotMs, spotBaseMs),
  'add: rebuild index, all stories, from scratch': row(buildMs, buildBaseMs),
  'add: rebuild index, prepared data kept': row(incrementalMs, buildBaseMs),
  'add one article, total (kept)': row(addTotal, editBaseMs + spotBaseMs + buildBaseMs, 500),
  'restart: build from kept entries': row(restartMs, buildBaseMs),
  'restart: clone kept entries (≈ IDB read)': row(cloneMs, buildBaseMs),
  'notes: align a page of the 200': row(alignMs, alignBaseMs, 100),
  'notes: align a seed page (2 stories)': row(alignSeedMs, alignBaseMs, 100),
});
console.log(`(${linked} claims of the 200-story page linked when aligned against its story)`);

// Stories benchmarks (tables, not timed tests): what the service worker does when a person adds an article to a
// story of 200 articles (the edit and its validation, the spot terms, the index rebuilt on the next page), and
// the engine's part of drawing notes on a page of that story, each against the embedded 3-article story
// measured in the same run. The story of 200 articles is scripts/bench/story-200.ts.
// Targets (stated in scripts/bench/README.md): adding one article < 500 ms, notes on a page < 100 ms.

import { alignText, buildIndex } from '../../utils/engine/index';
import { PreparedCache } from '../../utils/engine/incremental';
import { parseStoryPack } from '../../utils/pack/parse';
import { deriveSpotTerms } from '../../utils/spot';
import { addArticle } from '../../utils/stories/edit';
import { loadResources } from '../cli/resources';
import { articleN, embedded, story200 } from './story-200';
import { fmt, median, time } from './timing';

const resources = loadResources();
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

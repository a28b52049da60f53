// `npm run eval`: link precision/recall/F1 against the hand-made gold standard (with and without the word
// lexicon, so its value is measured, not assumed) and from hand-annotated texts outside the pack, and story
// detection on the seeds, the pack articles, hand-written positives and near-misses, and the real pages.
// Exits 1 when a target is missed.

import fs from 'node:fs';
import path from 'node:path';
import { alignText, buildIndex, detectStories, type AlignResult, type EngineResources } from '../../utils/engine/index';
import { parseStoryPackJson } from '../../utils/pack/parse';
import { loadResources, repoRoot } from '../cli/resources';
import { textFiles, realPages, type Doc } from './corpora';
import { loadGold, scoreLinks, type LinkScore } from './gold';
import { loadUnseen, scoreUnseen } from './unseen';

const verbose = process.argv.includes('--verbose');
const goldFile = path.join(repoRoot, 'tests', 'gold', 'witkoff-leak.gold.json');
const packFile = path.join(repoRoot, 'public', 'stories', 'witkoff-leak.json');
const parsed = parseStoryPackJson(fs.readFileSync(packFile, 'utf8'));
if (!parsed.ok) throw new Error(parsed.error);
const pack = parsed.value;
const gold = loadGold(goldFile, pack);
let failed = false;

function linkEval(label: string, resources: EngineResources) {
  const index = buildIndex([pack], resources);
  const results = new Map<string, AlignResult>();
  for (const a of pack.articles) results.set(a.id, alignText(index, a.text, { url: a.url ?? undefined }));
  return report(label, scoreLinks(gold, results), 'gold directions');
}

function report(label: string, s: LinkScore, wanted: string) {
  const p = s.tp / Math.max(1, s.tp + s.fp);
  const r = s.found / s.wanted;
  const f1 = (2 * p * r) / Math.max(1e-9, p + r);
  console.log(
    `${label.padEnd(32)} precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  F1 ${f1.toFixed(3)}  (${s.tp}/${s.tp + s.fp} links right, ${s.found}/${s.wanted} ${wanted} found)`,
  );
  if (verbose) {
    for (const f of s.falsePositives) console.log(`    FP ${f}`);
    console.log(`    missed: ${s.missed.join(' ')}`);
  }
  return { p, r };
}

// Texts outside the pack, linked into it: reported, not a target. "unseen" (six texts) was also looked at
// while choosing thresholds, and "dev" (six more) is there for choosing; "held-out" (four) and "retellings" (two
// rewrites of pack articles, which exercise the rules for retellings) were annotated before the engine first
// ran on them and are never used to choose anything.
function unseenEval(label: string, file: string, resources: EngineResources) {
  const index = buildIndex([pack], resources);
  const texts = loadUnseen(path.join(repoRoot, 'tests', 'gold', file), repoRoot);
  const results = texts.map((t) => alignText(index, t.text));
  const detected = results.filter((r) => r.story?.detected).length;
  report(`${label} (${detected}/${texts.length} detected)`, scoreUnseen(gold, texts, results), 'same units');
}

console.log('Links (same-claim) against tests/gold/witkoff-leak.gold.json');
const resources = loadResources();
const withLex = linkEval('with lexicon', resources);
linkEval('without lexicon', {});
console.log('\nLinks (same-claim) from texts outside the pack, against their annotations in tests/gold/');
unseenEval('unseen texts', 'unseen.gold.json', resources);
unseenEval('dev texts', 'dev.gold.json', resources);
unseenEval('held-out texts', 'held-out.gold.json', resources);
unseenEval('held-out retellings', 'retellings.gold.json', resources);
if (withLex.p < 0.9 || withLex.r < 0.85) failed = true;

const index = buildIndex([pack], resources);
/** Reports detection on a set; a wrong answer fails the eval unless the set is a record of known misses. */
function detection(label: string, docs: Doc[], want: boolean, target = true) {
  if (!docs.length) {
    console.log(`${label}: skipped (not found)`);
    return;
  }
  const wrong: string[] = [];
  for (const d of docs) {
    const top = detectStories(index, d.text)[0];
    if ((top?.detected ?? false) !== want) wrong.push(`${d.name} (${top?.score ?? 0})`);
    if (verbose) console.log(`    ${d.name.padEnd(40)} ${top?.score} ${top?.detected}`);
  }
  const ok = docs.length - wrong.length;
  console.log(
    `${label.padEnd(34)} ${ok}/${docs.length} ${want ? 'detected' : 'not detected'}${wrong.length ? `  WRONG: ${wrong.join(', ')}` : ''}`,
  );
  if (wrong.length && target) failed = true;
}

console.log('\nStory detection');
const shared = path.join(repoRoot, '..', 'shared');
detection('seeds as captured (shared/seeds)', textFiles(path.join(shared, 'seeds')), true);
detection(
  'pack articles',
  pack.articles.map((a) => ({ name: a.id, text: a.text })),
  true,
);
detection(
  'positives (tests/fixtures/positives)',
  textFiles(path.join(repoRoot, 'tests', 'fixtures', 'positives')),
  true,
);
detection(
  'near-misses (tests/fixtures/near-misses)',
  textFiles(path.join(repoRoot, 'tests', 'fixtures', 'near-misses')),
  false,
);
detection('real pages (shared/fixtures/real-pages)', realPages(path.join(shared, 'fixtures', 'real-pages')), false);
// Texts on the story that detection misses today (an opinion column: few of its claims join the story's names
// with its words for what happened). Reported so a change that mends them shows; not a target yet.
detection(
  'known misses (tests/fixtures/known-misses)',
  textFiles(path.join(repoRoot, 'tests', 'fixtures', 'known-misses')),
  true,
  false,
);
process.exitCode = failed ? 1 : 0;

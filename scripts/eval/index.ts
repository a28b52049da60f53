// `npm run eval`: link precision/recall/F1 against the hand-made gold standard (with and without the word
// lexicon, so its value is measured, not assumed) and from hand-annotated texts outside the pack, and story
// detection on the seeds, the pack articles, hand-written positives and near-misses, and the real pages.
// Exits 1 when a target is missed.

import fs from 'node:fs';
import path from 'node:path';
import {
  alignText,
  buildIndex,
  detectStories,
  segment,
  type AlignResult,
  type EngineResources,
} from '../../utils/engine/index';
import { loadEmbeddedPack, loadResources, repoRoot } from '../cli/resources';
import { textFiles, realPages, reportingFixtures, type Doc } from './corpora';
import { isFurniture } from '../../utils/engine/furniture';
import { loadGold, scoreLinks, type LinkScore } from './gold';
import { loadUnseen, scoreFurnitureNotes, scoreNoOtherSource, scoreUnseen, REPORTING_DIR } from './unseen';
import { printReliability, type Reliability } from './reliability';
import { detectionByLanguage, linksByLanguage } from './languages';
import { captionsInExtraction, loadFurniture, scoreFurniture, type FurnitureScore } from './furniture';
import { hashSplit } from './split';
import { isProbable } from '../../utils/notes/confidence';
import * as TUNABLES from '../../utils/engine/tunables';
import { IDENTIFY } from '../../utils/engine/languages/identify';
import { STEM } from '../../utils/engine/languages/stem';

const verbose = process.argv.includes('--verbose');
const goldFile = path.join(repoRoot, 'tests', 'gold', 'witkoff-leak.gold.json');
const pack = loadEmbeddedPack();
const gold = loadGold(goldFile, pack);
let failed = false;

function linkEval(label: string, resources: EngineResources) {
  const index = buildIndex([pack], resources);
  const results = new Map<string, AlignResult>();
  for (const a of pack.articles) results.set(a.id, alignText(index, a.text, { url: a.url ?? undefined }));
  return report(label, scoreLinks(gold, results), 'gold directions');
}

function report(label: string, s: LinkScore, wanted: string, details = verbose) {
  const p = s.tp / Math.max(1, s.tp + s.fp);
  const r = s.found / s.wanted;
  const f1 = (2 * p * r) / Math.max(1e-9, p + r);
  console.log(
    `${label.padEnd(32)} precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  F1 ${f1.toFixed(3)}  (${s.tp}/${s.tp + s.fp} links right, ${s.found}/${s.wanted} ${wanted} found)`,
  );
  if (details) {
    for (const f of s.falsePositives) console.log(`    FP ${f}`);
    console.log(`    missed: ${s.missed.join(' ')}`);
  }
  return { p, r };
}

// Texts outside the pack, linked into it: reported, not a target. "unseen" (six texts) was also looked at
// while choosing thresholds, and "dev" (six more) is there for choosing; "held-out" (four) and "retellings" (two
// rewrites of pack articles, which exercise the rules for retellings) were annotated before the engine first
// ran on them and are never used to choose anything.
// Held-out sets never print their errors, even with --verbose: nothing may be chosen by looking at them.
function unseenEval(label: string, file: string, resources: EngineResources, heldOut = false) {
  const index = buildIndex([pack], resources);
  const texts = loadUnseen(path.join(repoRoot, 'tests', 'gold', file), repoRoot);
  const results = texts.map((t) => alignText(index, t.text));
  const detected = results.filter((r) => r.story?.detected).length;
  const scored = scoreUnseen(gold, texts, results);
  const scores = report(`${label} (${detected}/${texts.length} detected)`, scored, 'same units', verbose && !heldOut);
  reliabilities.push({ label, rows: scored.reliability });
  const hedged = (r: Reliability[number]) => isProbable({ relation: 'same', probability: r.probability });
  const sure = scored.reliability.filter((r) => !hedged(r));
  const probable = scored.reliability.filter(hedged);
  const right = (rows: Reliability) => `${rows.filter((r) => r.right).length}/${rows.length}`;
  console.log(
    `${''.padEnd(32)} said "the same claim" right ${right(sure)}, "probably the same claim" right ${right(probable)}`,
  );
  const none = scoreNoOtherSource(texts, results);
  console.log(
    `${''.padEnd(32)} "no other source reports this" true ${none.right}/${none.said} (${(none.right / Math.max(1, none.said)).toFixed(2)})`,
  );
  const furniture = scoreFurnitureNotes(texts, results);
  if (furniture.furniture) {
    console.log(`${''.padEnd(32)} furniture noted ${furniture.furnitureNoted.length}/${furniture.furniture}`);
    if (verbose && !heldOut) for (const f of furniture.furnitureNoted) console.log(`    FURNITURE ${f}`);
  }
  return scores;
}

console.log(`Tunables: ${JSON.stringify({ ...TUNABLES, IDENTIFY, STEM })}\n`);
const reliabilities: Array<{ label: string; rows: Reliability }> = [];
console.log('Links (same-claim) against tests/gold/witkoff-leak.gold.json');
const resources = loadResources();
const withLex = linkEval('with lexicon', resources);
linkEval('without lexicon', {});
console.log('\nLinks (same-claim) from texts outside the pack, against their annotations in tests/gold/');
unseenEval('unseen texts', 'unseen.gold.json', resources);
unseenEval('dev texts', 'dev.gold.json', resources);
unseenEval('held-out texts', 'held-out.gold.json', resources, true);
unseenEval('held-out retellings', 'retellings.gold.json', resources, true);
// Real reporting outside the pack (../shared/fixtures/reporting), split by the rule in
// tests/gold/real-reporting-split.md: the development half is for choosing, the held-out half only reports.
const realAnnotated = fs.existsSync(path.join(repoRoot, REPORTING_DIR));
if (realAnnotated) {
  unseenEval('real reporting, development', 'real-dev.gold.json', resources);
  unseenEval('real reporting, held out', 'real-held-out.gold.json', resources, true);
  printReliability(reliabilities.filter((r) => r.label.startsWith('real')));
} else console.log(`real reporting: skipped (${REPORTING_DIR} not found)`);
if (withLex.p < 0.9 || withLex.r < 0.85) failed = true;

const index = buildIndex([pack], resources);
const shared = path.join(repoRoot, '..', 'shared');
const REAL_PAGES_DIR = path.join(shared, 'fixtures', 'real-pages');
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

/** Picture captions on the real pages: Readability keeps them, the extension leaves them out of the text it
 *  reads (a caption left as a whole line there would be a leak), and how many would read as claims if kept. */
function captionsOnRealPages(pages: ReturnType<typeof realPages>) {
  const captions = pages.flatMap((p) => p.captions);
  if (!captions.length) return;
  const lines = new Set(pages.flatMap((p) => p.text.split('\n').map((l) => l.trim())));
  const kept = captions.filter((c) => lines.has(c)).length;
  const asClaims = captions.filter((c) => segment(c).some((s) => s.kind === 'sentence' && !isFurniture(s.text))).length;
  console.log(
    `real pages: ${captions.length} picture captions, ${kept} left as lines in the text the extension reads (${asClaims} would read as claims if kept)`,
  );
}

/** Furniture on the real pages against its annotations (scripts/eval/furniture.ts), development and held out. */
function furnitureOnRealPages(pages: Doc[]) {
  const gold = loadFurniture(path.join(repoRoot, 'tests', 'gold', 'real-pages-furniture.json'));
  if (!gold || !pages.length) return;
  const split = hashSplit(pages.map((p) => p.name));
  const show = (label: string, s: FurnitureScore, heldOut: boolean) => {
    const lines = [...s.kinds.values()].reduce((n, [, all]) => n + all, 0);
    const kinds = [...s.kinds].map(([k, [noted, all]]) => `${k} ${noted}/${all}`).join(', ');
    console.log(`${label.padEnd(34)} furniture read as claims ${s.noted.length}/${lines} (${kinds})`);
    console.log(
      `${''.padEnd(34)} datelines left in a claim ${s.prefixesInClaims.length}/${s.prefixes}; lines of prose read as ` +
        `no claim ${s.proseAsFurniture.length + s.proseAsChrome}/${s.prose} (${s.proseAsChrome} of them speak to the reader)`,
    );
    // Held out: numbers only, never the lines (nothing may be chosen by looking at them).
    if (verbose && !heldOut)
      for (const line of [...s.noted, ...s.prefixesInClaims, ...s.proseAsFurniture]) console.log(`    ${line}`);
  };
  const storyId = pack.story.id;
  const extraction = (label: string, names: string[]) => {
    const c = captionsInExtraction(REAL_PAGES_DIR, pages, gold, names);
    console.log(
      `${label.padEnd(34)} captions left in the text the extension extracts from source.html ${c.left}/${c.captions}; ` +
        `lines of prose kept ${c.kept}/${c.prose}`,
    );
  };
  show(
    `real pages, development (${split.development.length})`,
    scoreFurniture(index, storyId, pages, gold, split.development),
    false,
  );
  show(
    `real pages, held out (${split.heldOut.length})`,
    scoreFurniture(index, storyId, pages, gold, split.heldOut),
    true,
  );
  extraction(`real pages, development (${split.development.length})`, split.development);
  extraction(`real pages, held out (${split.heldOut.length})`, split.heldOut);
}

console.log('\nStory detection');
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
const pages = realPages(REAL_PAGES_DIR);
detection('real pages (shared/fixtures/real-pages)', pages, false);
captionsOnRealPages(pages);
furnitureOnRealPages(pages);
// Texts on the story that detection misses today (an opinion column: few of its claims join the story's names
// with its words for what happened). Reported so a change that mends them shows; not a target yet.
detection(
  'known misses (tests/fixtures/known-misses)',
  textFiles(path.join(repoRoot, 'tests', 'fixtures', 'known-misses')),
  true,
  false,
);
const reporting = reportingFixtures(path.join(repoRoot, REPORTING_DIR));
// A set new in this wave: reported, so that a change that loses one shows; the target is no regression.
detection(
  'real leak reporting, English',
  reporting.filter((f) => f.group === 'leak' && f.language === 'en'),
  true,
  false,
);
detection(
  'real near-misses, every language',
  reporting.filter((f) => f.group === 'near-miss'),
  false,
);
// Reporting in other languages, read through each language's vocabulary (issue 17): reported, not a target
// yet (one development article is still missed); a near-miss detected in any language fails the eval above.
detection(
  'real leak reporting, other languages',
  reporting.filter((f) => f.group === 'leak' && f.language !== 'en'),
  true,
  false,
);
if (reporting.length) {
  console.log('real reporting by language:');
  detectionByLanguage(index, reporting);
  // Links from the non-English excerpts into the English pack, per language (held out: scores only).
  console.log('Links (same-claim) from the non-English excerpts, by language:');
  linksByLanguage(
    index,
    gold,
    path.join(repoRoot, 'tests', 'gold', 'real-dev-languages.gold.json'),
    repoRoot,
    'development',
  );
  linksByLanguage(
    index,
    gold,
    path.join(repoRoot, 'tests', 'gold', 'real-held-out-languages.gold.json'),
    repoRoot,
    'held out   ',
  );
}
process.exitCode = failed ? 1 : 0;

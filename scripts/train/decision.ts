// `npm run train`: fits the calibrated same-claim decision (utils/engine/decision.ts) on annotated pairs and
// writes utils/engine/decision-weights.ts. Training data: the pack's gold standard (each article against the
// others), the hand-written sets used for choosing (unseen, dev) and the real development reporting. Never the
// held-out sets. Validated leaving one annotated text out: its reliability table and the threshold for
// precision 0.9 on the development pairs come from predictions for texts the model did not see.

import fs from 'node:fs';
import prettier from 'prettier';
import path from 'node:path';
import { buildIndex } from '../../utils/engine/index';
import { FEATURE_NAMES, type DecisionModel } from '../../utils/engine/decision';
import { loadEmbeddedPack, loadResources, repoRoot } from '../cli/resources';
import { loadGold } from '../eval/gold';
import { annotatedPairs, packPairs, type Pair } from './pairs';
import { fitLogistic, predict, type Example } from './logistic';

const pack = loadEmbeddedPack();
const gold = loadGold(path.join(repoRoot, 'tests', 'gold', 'witkoff-leak.gold.json'), pack);
const index = buildIndex([pack], loadResources());
const goldDir = path.join(repoRoot, 'tests', 'gold');

/** How much one pair of each source counts: real reporting is what the decision is for, and it is scarce. */
const annotated = (file: string) => annotatedPairs(index, gold, path.join(goldDir, file), repoRoot);
const SOURCES: Array<{ name: string; weight: number; pairs: Pair[] }> = [
  { name: 'pack gold', weight: 1, pairs: packPairs(index, gold, pack.articles) },
  { name: 'unseen (hand-written)', weight: 1, pairs: annotated('unseen.gold.json') },
  { name: 'dev (hand-written)', weight: 1, pairs: annotated('dev.gold.json') },
  { name: 'real development', weight: 3, pairs: annotated('real-dev.gold.json') },
];
const TARGET_PRECISION = 0.9;
const L2 = 2;

const all = SOURCES.flatMap((s) => s.pairs.map((p) => ({ ...p, source: s.name, weight: s.weight })));
const toExample = (p: (typeof all)[number]): Example | null =>
  p.label === 'partial' ? null : { x: p.x, y: p.label === 'same' ? 1 : 0, weight: p.weight };

for (const s of SOURCES) {
  const n = (l: string) => s.pairs.filter((p) => p.label === l).length;
  console.log(
    `${s.name.padEnd(24)} ${s.pairs.length} pairs: ${n('same')} same, ${n('partial')} partial, ${n('none')} none`,
  );
}

// Leave one annotated text out.
const groups = [...new Set(all.map((p) => p.group))];
const held = new Map<(typeof all)[number], number>();
for (const g of groups) {
  const model = fitLogistic(
    all.filter((p) => p.group !== g).flatMap((p) => toExample(p) ?? []),
    L2,
  );
  for (const p of all.filter((q) => q.group === g)) held.set(p, predict(model, p.x));
}

function reliability(label: string, pairs: typeof all) {
  console.log(`\nReliability, ${label} (leave one text out): predicted → share same / same or partial`);
  const bins = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];
  for (let i = 0; i + 1 < bins.length; i++) {
    const inBin = pairs.filter((p) => held.get(p)! >= bins[i]! && held.get(p)! < bins[i + 1]!);
    if (!inBin.length) continue;
    const same = inBin.filter((p) => p.label === 'same').length;
    const ok = inBin.filter((p) => p.label !== 'none').length;
    const mean = inBin.reduce((s, p) => s + held.get(p)!, 0) / inBin.length;
    console.log(
      `  ${bins[i]!.toFixed(1)}–${Math.min(1, bins[i + 1]!).toFixed(1)}  n=${String(inBin.length).padStart(4)}  mean p ${mean.toFixed(2)}  same ${(same / inBin.length).toFixed(2)}  same|partial ${(ok / inBin.length).toFixed(2)}`,
    );
  }
}
const development = all.filter((p) => p.source === 'real development');
reliability('real development', development);
reliability('all training pairs', all);

// Pairs above each threshold on the real development pairs: a guide only. The bars the notes use (tunables.ts
// DECISION) are chosen with `npm run eval`, on the links actually shown after ranking.
function sweep(pairs: typeof all) {
  const rows: Array<{ t: number; p: number; r: number; n: number }> = [];
  const wanted = pairs.filter((p) => p.label === 'same').length;
  for (let t = 0.05; t < 0.96; t += 0.05) {
    const above = pairs.filter((p) => held.get(p)! >= t);
    const right = above.filter((p) => p.label !== 'none').length;
    const found = above.filter((p) => p.label === 'same').length;
    rows.push({ t, p: right / Math.max(1, above.length), r: found / Math.max(1, wanted), n: above.length });
  }
  return rows;
}
console.log('\nThreshold sweep on the real development pairs (leave one text out): t precision recall n');
const rows = sweep(development);
for (const r of rows) console.log(`  ${r.t.toFixed(2)}  ${r.p.toFixed(3)}  ${r.r.toFixed(3)}  ${r.n}`);
const chosen =
  rows.find(
    (r) => r.p >= TARGET_PRECISION && rows.filter((q) => q.t > r.t).every((q) => q.p >= TARGET_PRECISION || q.n < 3),
  ) ?? rows[rows.length - 1]!;
console.log(
  `lowest threshold at precision ${TARGET_PRECISION} on pairs: ${chosen.t.toFixed(2)} (recall ${chosen.r.toFixed(3)})`,
);

const model = fitLogistic(
  all.flatMap((p) => toExample(p) ?? []),
  L2,
);
console.log('\nCoefficients (standardised)');
FEATURE_NAMES.forEach((n, i) => console.log(`  ${n.padEnd(24)} ${model.coefficients[i]!.toFixed(3).padStart(7)}`));
console.log(`  ${'intercept'.padEnd(24)} ${model.intercept.toFixed(3).padStart(7)}`);

if (process.argv.includes('--write')) {
  const round = (xs: number[]) => xs.map((v) => Math.round(v * 1e4) / 1e4);
  const rounded = (fit: DecisionModel): DecisionModel => ({
    mean: round(fit.mean),
    scale: round(fit.scale),
    coefficients: round(fit.coefficients),
    intercept: Math.round(fit.intercept * 1e4) / 1e4,
  });
  const file = path.join(repoRoot, 'utils', 'engine', 'decision-weights.ts');
  const source =
    `// Written by scripts/train/decision.ts (\`npm run train -- --write\`): do not edit by hand.\n` +
    `import type { DecisionModel } from './decision';\n\n` +
    `/** The probability that a pair reports the same claim. */\n` +
    `export const SAME_WEIGHTS: DecisionModel = ${JSON.stringify(rounded(model))};\n`;
  // Formatted as the repository's lint expects, so a retrained file passes `npm run lint` unchanged.
  const options = (await prettier.resolveConfig(file)) ?? {};
  fs.writeFileSync(file, await prettier.format(source, { ...options, filepath: file }));
  console.log(`wrote ${path.relative(repoRoot, file)}`);
}

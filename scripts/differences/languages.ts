// `npx tsx scripts/differences/languages.ts`: the differences Sidelight shows between the non-English development
// excerpts of ../shared/fixtures/reporting and the English pack, printed for a person to judge (issue 17). Two
// kinds of pair: each link the engine shows as the same claim, and each pair the annotators marked "same"
// (tests/gold/real-dev-languages.gold.json), whether linked or not, so the detectors are judged on more pairs
// than the few the engine links today. Development texts only: held-out texts are never printed.

import path from 'node:path';
import { alignText, buildIndex } from '../../utils/engine/index';
import { findDifferences } from '../../utils/engine/differences';
import { loadEmbeddedPack, loadResources, repoRoot } from '../cli/resources';
import { loadGold } from '../eval/gold';
import { loadUnseen } from '../eval/unseen';
import type { Difference } from '../../utils/engine/types';

const pack = loadEmbeddedPack();
const gold = loadGold(path.join(repoRoot, 'tests', 'gold', 'witkoff-leak.gold.json'), pack);
const texts = loadUnseen(path.join(repoRoot, 'tests', 'gold', 'real-dev-languages.gold.json'), repoRoot);
const index = buildIndex([pack], loadResources());

const oneLine = (s: string, max = 160) => {
  const t = s.replace(/\s+/gu, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};
const show = (ds: Difference[]) =>
  ds.length
    ? ds.map((d) => `    ${d.kind}: «${oneLine(d.here, 80)}» / «${oneLine(d.there, 80)}»`).join('\n')
    : '    (none)';

let pairs = 0;
let shown = 0;
for (const t of texts) {
  console.log(`\n== ${t.file}`);
  const result = alignText(index, t.text);
  for (const claim of result.claims)
    for (const m of claim.matches.filter((x) => x.relation === 'same')) {
      console.log(`  linked: ${oneLine(claim.text)}\n      ↔ ${m.outlet}: ${oneLine(m.text)}\n${show(m.differences)}`);
    }
  for (const s of t.sentences) {
    const here = t.text.slice(s.start, s.end);
    for (const id of s.same) {
      const unit = gold.units.find((u) => u.id === id)!;
      const article = pack.articles.find((a) => a.id === unit.article)!;
      const there = article.text.slice(unit.start, unit.end);
      const ds = findDifferences(here, there);
      pairs++;
      if (ds.length) shown++;
      console.log(`  same ${s.id}/${id}: ${oneLine(here)}\n      ↔ ${article.outlet}: ${oneLine(there)}\n${show(ds)}`);
    }
  }
}
console.log(`\nannotated same pairs: ${pairs}, with a difference shown: ${shown}`);

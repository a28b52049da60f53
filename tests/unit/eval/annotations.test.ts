// The hand annotations of texts outside the pack (scripts/eval/unseen.ts) are data the eval trusts: every
// sentence must be found where it says, in order, and cite only units the main gold standard defines.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGold } from '../../../scripts/eval/gold';
import { loadUnseen, REPORTING_DIR } from '../../../scripts/eval/unseen';
import { pack, root } from '../engine/embedded';

const gold = loadGold(path.join(root, 'tests', 'gold', 'witkoff-leak.gold.json'), pack);
const units = new Set(gold.units.map((u) => u.id));

// The real reporting's texts are read from ../shared (not copied into the repository).
const reporting = path.join(root, REPORTING_DIR);
const hasReporting = fs.existsSync(reporting);

describe.each([
  { file: 'unseen.gold.json', skip: false },
  { file: 'dev.gold.json', skip: false },
  { file: 'held-out.gold.json', skip: false },
  { file: 'retellings.gold.json', skip: false },
  { file: 'real-dev.gold.json', skip: !hasReporting },
  { file: 'real-held-out.gold.json', skip: !hasReporting },
  { file: 'real-dev-languages.gold.json', skip: !hasReporting },
  { file: 'real-held-out-languages.gold.json', skip: !hasReporting },
])('$file', ({ file, skip }) => {
  if (skip) {
    it.skip(`needs the real reporting in ${reporting}`, () => undefined);
    return;
  }
  const texts = loadUnseen(path.join(root, 'tests', 'gold', file), root);

  it('locates every annotated sentence, in the order of its text', () => {
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) {
      const starts = t.sentences.map((s) => s.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(new Set(starts).size).toBe(starts.length);
    }
  });

  it('cites only units of the gold standard, never one as both same and partial', () => {
    for (const s of texts.flatMap((t) => t.sentences)) {
      for (const id of [...s.same, ...s.partial]) expect(units, `${s.id} cites ${id}`).toContain(id);
      expect(s.same.filter((id) => s.partial.includes(id))).toEqual([]);
    }
  });
});

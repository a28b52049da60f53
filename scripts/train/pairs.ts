// Annotated pairs for the calibrated decision (utils/engine/decision.ts): every pair the engine judges while
// aligning an annotated text, with its evidence and what the annotators said of it (same, partial or none).

import path from 'node:path';
import { alignText, type EngineIndex, type Evidence } from '../../utils/engine/index';
import { features } from '../../utils/engine/decision';
import type { Gold } from '../eval/gold';
import { unitsOf, overlapsUnit } from '../eval/gold';
import { loadUnseen } from '../eval/unseen';

export type Label = 'same' | 'partial' | 'none';

export interface Pair {
  /** The annotated text the claim comes from: the unit of leave-one-out validation. */
  group: string;
  x: number[];
  label: Label;
  /** What the engine shows today for this pair (after ranking and the per-article limit), or null. */
  shown: string | null;
  probability: number;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Pairs from the pack's own articles, each aligned against the others, labelled by the gold standard. */
export function packPairs(
  index: EngineIndex,
  gold: Gold,
  articles: Array<{ id: string; text: string; url?: string | null }>,
): Pair[] {
  const out: Pair[] = [];
  for (const a of articles) {
    const traced: Array<{ claim: number; passage: number; e: Evidence; p: number }> = [];
    const result = alignText(index, a.text, {
      url: a.url ?? undefined,
      trace: (claim, passage, e, p) => traced.push({ claim, passage, e, p }),
    });
    for (const t of traced) {
      const c = result.claims[t.claim]!;
      const p = index.passages[t.passage]!;
      const articleId = index.articles[p.article]!.id;
      const here = unitsOf(gold, a.id, c.start, c.end);
      const there = unitsOf(gold, articleId, p.start, p.end);
      const pairs = here.flatMap((h) => there.map((u) => pairKey(h, u)));
      const label: Label = pairs.some((k) => gold.same.has(k))
        ? 'same'
        : pairs.some((k) => gold.partial.has(k))
          ? 'partial'
          : 'none';
      const shown = c.matches.find((m) => m.articleId === articleId && m.start === p.start)?.relation ?? null;
      out.push({ group: `pack:${a.id}`, x: features(t.e), label, shown, probability: t.p });
    }
  }
  return out;
}

/** Pairs from texts outside the pack, labelled by their sentence annotations (tests/gold/*.gold.json). */
export function annotatedPairs(index: EngineIndex, gold: Gold, file: string, root: string): Pair[] {
  const out: Pair[] = [];
  for (const text of loadUnseen(file, root)) {
    const traced: Array<{ claim: number; passage: number; e: Evidence; p: number }> = [];
    const result = alignText(index, text.text, {
      storyId: 'witkoff-leak',
      trace: (claim, passage, e, p) => traced.push({ claim, passage, e, p }),
    });
    for (const t of traced) {
      const c = result.claims[t.claim]!;
      const p = index.passages[t.passage]!;
      const articleId = index.articles[p.article]!.id;
      const here = text.sentences.filter((s) => overlapsUnit(s, c.start, c.end));
      const there = unitsOf(gold, articleId, p.start, p.end);
      const label: Label = here.some((s) => there.some((u) => s.same.includes(u)))
        ? 'same'
        : here.some((s) => there.some((u) => s.partial.includes(u)))
          ? 'partial'
          : 'none';
      const shown = c.matches.find((m) => m.articleId === articleId && m.start === p.start)?.relation ?? null;
      out.push({ group: `${path.basename(file)}:${text.file}`, x: features(t.e), label, shown, probability: t.p });
    }
  }
  return out;
}

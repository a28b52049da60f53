// Annotated pairs for the calibrated decision (utils/engine/decision.ts): every pair the engine judges while
// aligning an annotated text, with its evidence and what the annotators said of it (same, partial or none).

import path from 'node:path';
import { alignText, type AlignOptions, type EngineIndex, type Evidence } from '../../utils/engine/index';
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

/** What the annotators said of a claim (its span in the text) and a pack passage (its article and span). */
type Annotated = (
  claim: { start: number; end: number },
  passage: { articleId: string; start: number; end: number },
) => Label;

/** Aligns one text, tracing every pair the engine judges, and labels each as the annotations say. */
function tracedPairs(
  index: EngineIndex,
  text: string,
  options: AlignOptions,
  group: string,
  annotated: Annotated,
): Pair[] {
  const traced: Array<{ claim: number; passage: number; e: Evidence; p: number }> = [];
  const result = alignText(index, text, {
    ...options,
    trace: (claim, passage, e, p) => traced.push({ claim, passage, e, p }),
  });
  return traced.map((t) => {
    const c = result.claims[t.claim]!;
    const p = index.passages[t.passage]!;
    const articleId = index.articles[p.article]!.id;
    const shown = c.matches.find((m) => m.articleId === articleId && m.start === p.start)?.relation ?? null;
    const label = annotated(c, { articleId, start: p.start, end: p.end });
    return { group, x: features(t.e), label, shown, probability: t.p };
  });
}

const labelOf = (same: boolean, partial: boolean): Label => (same ? 'same' : partial ? 'partial' : 'none');

/** Pairs from the pack's own articles, each aligned against the others, labelled by the gold standard. */
export function packPairs(
  index: EngineIndex,
  gold: Gold,
  articles: Array<{ id: string; text: string; url?: string | null }>,
): Pair[] {
  return articles.flatMap((a) =>
    tracedPairs(index, a.text, { url: a.url ?? undefined }, `pack:${a.id}`, (claim, passage) => {
      const here = unitsOf(gold, a.id, claim.start, claim.end);
      const there = unitsOf(gold, passage.articleId, passage.start, passage.end);
      const pairs = here.flatMap((h) => there.map((u) => pairKey(h, u)));
      return labelOf(
        pairs.some((k) => gold.same.has(k)),
        pairs.some((k) => gold.partial.has(k)),
      );
    }),
  );
}

/** The story of the gold standard's pack in the index (the texts are aligned against it, detected or not). */
function goldStory(index: EngineIndex, gold: Gold): string {
  const article = index.articles.find((a) => a.id === gold.units[0]!.article)!;
  return index.stories[article.story]!.id;
}

/** Pairs from texts outside the pack, labelled by their sentence annotations (tests/gold/*.gold.json). */
export function annotatedPairs(index: EngineIndex, gold: Gold, file: string, root: string): Pair[] {
  const storyId = goldStory(index, gold);
  return loadUnseen(file, root).flatMap((text) =>
    tracedPairs(index, text.text, { storyId }, `${path.basename(file)}:${text.file}`, (claim, passage) => {
      const here = text.sentences.filter((s) => overlapsUnit(s, claim.start, claim.end));
      const there = unitsOf(gold, passage.articleId, passage.start, passage.end);
      return labelOf(
        here.some((s) => there.some((u) => s.same.includes(u))),
        here.some((s) => there.some((u) => s.partial.includes(u))),
      );
    }),
  );
}

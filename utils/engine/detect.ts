// Story detection from signals derived from the pack alone: (1) how much of the story's shared vocabulary
// the text uses, weighted by rarity, and (2) how many of the text's claims the story's articles report.
// Names alone are not enough: a page on the same envoy's other talks shares names but few claims.

import type { Bag } from './bag';
import type { EngineIndex, IndexedStory } from './build';
import { relationOf } from './relation';
import type { Similarity } from './similarity';
import type { StoryDetection } from './types';

/** Detection tunables: a story is detected when the score reaches `threshold` with `minClaims` same-claim links. */
export const DETECT = { threshold: 0.5, minClaims: 3, coverageFull: 0.35, claimsFull: 5, minPredicate: 0.3 };

export interface DetectionDetail extends StoryDetection {
  coverage: number;
  sameClaims: number;
}

/** A claim's scored candidates: passage id and similarity (see link.ts scoreClaims). */
export type ScoredClaims = Array<Array<{ id: number; sim: Similarity }>>;

/** Scores every story for a text's claim bags and their scored candidates, best first. */
export function scoreStories(index: EngineIndex, bags: Bag[], scored: ScoredClaims): DetectionDetail[] {
  const stems = new Set<string>();
  for (const b of bags) for (const t of b.terms) stems.add(t.stem);
  return index.stories.map((story, s) => scoreStory(index, story, s, stems, scored)).sort((a, b) => b.score - a.score);
}

function scoreStory(
  index: EngineIndex,
  story: IndexedStory,
  s: number,
  stems: Set<string>,
  scored: ScoredClaims,
): DetectionDetail {
  let have = 0;
  let all = 0;
  for (const [stem, w] of story.profile) {
    all += w;
    if (stems.has(stem)) have += w;
  }
  const coverage = all ? have / all : 0;
  // Shared names are not a shared claim: what is said about them must match too.
  const sameClaims = scored.filter((list) =>
    list.some(
      ({ id, sim }) =>
        index.articles[index.passages[id]!.article]!.story === s &&
        relationOf(sim) === 'same' &&
        sim.predicate >= DETECT.minPredicate,
    ),
  ).length;
  const score = 0.5 * Math.min(1, coverage / DETECT.coverageFull) + 0.5 * Math.min(1, sameClaims / DETECT.claimsFull);
  const detected = score >= DETECT.threshold && sameClaims >= DETECT.minClaims;
  return { id: story.id, title: story.title, score: Math.round(score * 1000) / 1000, detected, coverage, sameClaims };
}

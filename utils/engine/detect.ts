// Story detection from signals derived from the pack alone: (1) how much of the story's shared vocabulary
// the text uses, weighted by rarity, and (2) how many of the text's claims the story's articles report.
// Names alone are not enough: a page on the same envoy's other talks shares names but few claims.

import type { Bag } from './bag';
import type { EngineIndex, IndexedStory } from './build';
import { candidates } from './retrieve';
import { relationOf } from './relation';
import { similarity, type CosineCache } from './similarity';
import type { StoryDetection } from './types';

/** Detection tunables: a story is detected when the score reaches `threshold` with `minClaims` same-claim links. */
export const DETECT = { threshold: 0.5, minClaims: 3, coverageFull: 0.35, claimsFull: 5, minPredicate: 0.3 };

export interface DetectionDetail extends StoryDetection {
  coverage: number;
  sameClaims: number;
}

/** Scores every story for a text's claim bags, best first. */
export function scoreStories(index: EngineIndex, bags: Bag[], cache: CosineCache): DetectionDetail[] {
  const stems = new Set<string>();
  for (const b of bags) for (const t of b.terms) stems.add(t.stem);
  return index.stories
    .map((story, s) => scoreStory(index, story, s, bags, stems, cache))
    .sort((a, b) => b.score - a.score);
}

function scoreStory(
  index: EngineIndex,
  story: IndexedStory,
  s: number,
  bags: Bag[],
  stems: Set<string>,
  cache: CosineCache,
): DetectionDetail {
  let have = 0;
  let all = 0;
  for (const [stem, w] of story.profile) {
    all += w;
    if (stems.has(stem)) have += w;
  }
  const coverage = all ? have / all : 0;
  let sameClaims = 0;
  // Matching claims is the costly part; a text without the story's vocabulary cannot reach the threshold.
  if (coverage >= DETECT.coverageFull * 0.25) {
    const inStory = (a: number) => index.articles[a]!.story === s;
    for (const bag of bags) {
      for (const id of candidates(index, bag, inStory).slice(0, 8)) {
        const sim = similarity(bag, index.passages[id]!.bag, index.lexicon, cache);
        // Shared names are not a shared claim: what is said about them must match too.
        if (relationOf(sim, false) === 'same' && sim.predicate >= DETECT.minPredicate) {
          sameClaims++;
          break;
        }
      }
    }
  }
  const score =
    0.5 * Math.min(1, coverage / DETECT.coverageFull) + 0.5 * Math.min(1, sameClaims / DETECT.claimsFull);
  const detected = score >= DETECT.threshold && sameClaims >= DETECT.minClaims;
  return { id: story.id, title: story.title, score: Math.round(score * 1000) / 1000, detected, coverage, sameClaims };
}

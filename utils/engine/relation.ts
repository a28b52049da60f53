// From similarities to relations. A passage reports the same claim when the two are each other's best
// match between their articles (mutual best, a rank signal that holds for any story) and similar enough,
// or when they are very similar outright; otherwise a substantial overlap is "related". Thresholds were
// chosen with `npm run eval` on the hand-made gold standard and measure coverage, not words.

import type { Similarity } from './similarity';

export const THRESHOLDS = { sameMutual: 0.25, sameAlone: 0.5, related: 0.28 };

/** "same", "related", or null when the passage is not worth showing. */
export function relationOf(sim: Similarity, mutual: boolean): 'same' | 'related' | null {
  if (sim.score >= THRESHOLDS.sameAlone) return 'same';
  if (mutual && sim.score >= THRESHOLDS.sameMutual) return 'same';
  if (sim.score >= THRESHOLDS.related) return 'related';
  return null;
}

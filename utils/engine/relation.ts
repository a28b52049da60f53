// From a similarity to a relation: "same" when both claims are mostly covered by each other, "related"
// when they share a substantial part. Thresholds are set by `npm run eval` on the hand-made gold standard
// and hold for any story: they measure coverage, not words.

import type { Similarity } from './similarity';

export const THRESHOLDS = { same: 0.42, sameMin: 0.3, related: 0.28 };

/** "same", "related", or null when the passage is not worth showing. */
export function relationOf(sim: Similarity): 'same' | 'related' | null {
  const lo = Math.min(sim.forward, sim.backward);
  if (sim.score >= THRESHOLDS.same && lo >= THRESHOLDS.sameMin) return 'same';
  if (sim.score >= THRESHOLDS.related) return 'related';
  return null;
}

// From similarities to relations, with two rank signals that hold for any story: whether the passage is the
// claim's best in its article, and whether the claim is the passage's best among the text's claims. A pair
// best both ways (mutual) reports the same claim when similar enough; a pair best one way needs more (one
// claim retold in two sentences, or two claims in one); any pair very similar outright is the same claim.
// None is the same claim when it shares only who (names, roles) and not what happened: that is what links a
// reaction to the envoy with a passage about the envoy's call. Otherwise a substantial overlap is "related".
// Thresholds were chosen with `npm run eval` on the hand-made gold standard and measure coverage, not words.

import type { Similarity } from './similarity';

export const THRESHOLDS = { sameMutual: 0.2, sameOneWay: 0.4, sameAlone: 0.5, related: 0.28, samePredicate: 0.15 };

/** Whether a passage is its claim's best in the passage's article, and the claim the passage's best. */
export interface Ranks {
  claimsBest: boolean;
  passagesBest: boolean;
}

const NO_RANKS: Ranks = { claimsBest: false, passagesBest: false };

/** "same", "related", or null when the passage is not worth showing. */
export function relationOf(sim: Similarity, ranks: Ranks = NO_RANKS): 'same' | 'related' | null {
  const sharesWhat = sim.predicate >= THRESHOLDS.samePredicate;
  if (sharesWhat && sim.score >= THRESHOLDS.sameAlone) return 'same';
  const bestWays = sharesWhat ? Number(ranks.claimsBest) + Number(ranks.passagesBest) : 0;
  if (bestWays === 2 && sim.score >= THRESHOLDS.sameMutual) return 'same';
  if (bestWays === 1 && sim.score >= THRESHOLDS.sameOneWay) return 'same';
  if (sim.score >= THRESHOLDS.related) return 'related';
  return null;
}

const ASKS = /[?？؟]["'”’»)\]]*$/u;
const QUESTION_WORD = /\b(?:who|whom|whose|what|which|why|how|where|when|whether)\b/iu;

/** False when one text is a question and the other raises none: a question asserts nothing, so it reports
 *  the same as another text only when that text poses it too ("the question of who leaked it"). */
export function sameKind(a: string, b: string): boolean {
  const asks = (t: string) => ASKS.test(t.trimEnd());
  if (asks(a) === asks(b)) return true;
  return QUESTION_WORD.test(asks(a) ? b : a);
}

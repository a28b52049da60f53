// From similarities to relations, with rank signals that hold for any story: whether the passage is the
// claim's best in its article, whether the claim is the passage's best among the text's claims, and whether
// the pairs around it match too. A pair best both ways (mutual) reports the same claim when similar enough,
// and at less when its neighbours also match (a retelling keeps the order of what it retells; a text on
// another angle that happens to be nearest does not); a pair best one way needs more (one claim retold in
// two sentences, or two claims in one); any pair very similar outright is the same claim. A pair that shares
// only who (names, roles) and not what happened is what links a reaction to the envoy with a passage about the
// envoy's call, so it is the same claim only when best both ways and as similar as a pair best one way must
// be (a claim about who: which agencies could intercept a call) — or in a retelling, where a pair at the same
// place in both texts needs less, and so does a claim that tells a passage together with its neighbour (see
// order.ts).
// Otherwise a substantial overlap is "related": evidence for the learned decision (decision.ts), never a note of
// its own. Thresholds were chosen with `npm run eval` (the hand-made gold standard and the texts outside the
// pack) and measure coverage, not words.

import type { Similarity } from './similarity';
import type { Evidence } from './decision';
import { perText } from './per-text';
import { DECISION, THRESHOLDS } from './tunables';

/** One decision, as an ordered ladder of named rules: the first that applies decides; none, and the pair is not
 *  shown. `same` is the pair's calibrated probability of reporting the same claim. Below the bar the notes say
 *  nothing: "related" passages were right (the same claim or a partial overlap) a third of the time on the
 *  development texts, and nothing the engine knows of a pair told the right from the wrong (docs/engine-log.md). */
export const LADDER: Array<{
  rule: string;
  applies: (e: Evidence, same: number) => boolean;
  relation: 'same' | null;
}> = [
  // A question asserts nothing: it is never the same claim as a statement.
  { rule: 'question against statement', applies: (e) => e.kindClash, relation: null },
  { rule: 'probably the same claim', applies: (_, s) => s >= DECISION.same, relation: 'same' },
  // A text that retells an article in order (a rewrite, a translation) is where the rule ladder below was
  // measured to be right (the pack's gold standard: precision 0.91); elsewhere it is evidence only.
  { rule: 'retelling: the rules say same', applies: (e) => e.retold && e.rules === 'same', relation: 'same' },
];

/** The relation the ladder gives a pair with this evidence and this probability. */
export function decide(e: Evidence, same: number): 'same' | null {
  return LADDER.find((step) => step.applies(e, same))?.relation ?? null;
}

/** Where a pair stands among the others: best for its claim in its article, best for its passage among the
 *  text's claims, and with a matching neighbouring pair. */
export interface Ranks {
  claimsBest: boolean;
  passagesBest: boolean;
  inOrder: boolean;
  /** At the same relative place in the text and in an article it retells in order (order.ts). */
  aligned?: boolean;
  /** The claim and the one next to it tell the passage together, in a retelling (order.ts toldTogether). */
  together?: boolean;
}

const NO_RANKS: Ranks = { claimsBest: false, passagesBest: false, inOrder: false };

/** "same", "related", or null when the passage is not worth showing. */
export function relationOf(sim: Similarity, ranks: Ranks = NO_RANKS): 'same' | 'related' | null {
  const sharesWhat = sim.what >= THRESHOLDS.sameWhat;
  if (sharesWhat && sim.score >= THRESHOLDS.sameAlone) return 'same';
  const bestWays = sharesWhat ? Number(ranks.claimsBest) + Number(ranks.passagesBest) : 0;
  if (bestWays === 2 && sim.score >= (ranks.inOrder ? THRESHOLDS.sameMutualInOrder : THRESHOLDS.sameMutual)) {
    return 'same';
  }
  if (bestWays === 1 && sim.score >= THRESHOLDS.sameOneWay) return 'same';
  // A claim about who (which agencies could intercept the call, who was on it) shares mostly who with its
  // passage: best both ways, it is the same claim at the bar a pair best one way needs.
  const mutual = ranks.claimsBest && ranks.passagesBest;
  if (mutual && sim.score >= THRESHOLDS.sameOneWay) return 'same';
  // In a retelling, place stands in for the words a paraphrase changed: best both ways is enough, best one way
  // when what happened is shared, or a fair score even when what is shared is mostly who.
  if (
    ranks.aligned &&
    sim.score >= THRESHOLDS.alignedFloor &&
    (mutual || bestWays > 0 || sim.score >= THRESHOLDS.sameAligned)
  )
    return 'same';
  // So is one claim that a rewrite split in two: the half next to the one that matched it, whatever its own
  // score (toldTogether measured what it adds to the passage).
  if (ranks.together) return 'same';
  if (sim.score >= THRESHOLDS.related) return 'related';
  return null;
}

const ASKS = /[?？؟]["'”’»)\]]*$/u;
// A passage meets many claims: each text is read once.
const asks = perText((t: string) => ASKS.test(t.trimEnd()));
const QUESTION_WORD = /\b(?:who|whom|whose|what|which|why|how|where|when|whether)\b/iu;

/** False when one text is a question and the other raises none: a question asserts nothing, so it reports
 *  the same as another text only when that text poses it too ("the question of who leaked it"). */
export function sameKind(a: string, b: string): boolean {
  if (asks(a) === asks(b)) return true;
  return QUESTION_WORD.test(asks(a) ? b : a);
}

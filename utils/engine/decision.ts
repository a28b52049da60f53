// A learned, calibrated decision: the probability that a claim and a passage report the same claim, from the
// evidence the engine already computes for the pair (coverage both ways, coverage of what happened, where the
// pair stands among the others and how near the best it is, its place in a retelling, what the rule ladder of
// relation.ts says) and one signal from the story itself: whether the passage's own counterparts in the story's other articles match the
// claim too (a claim's phrasings across outlets). A logistic model over these, trained on annotated pairs by
// scripts/train/decision.ts and shipped as the few numbers in decision-weights.ts.

import { SAME_WEIGHTS } from './decision-weights';
import type { Meaning } from './meaning';
import type { Ranks } from './relation';
import type { Similarity } from './similarity';

/** What the engine knows about one pair. */
export interface Evidence {
  sim: Similarity;
  ranks: Ranks;
  /** The rule ladder's verdict (relation.ts relationOf). */
  rules: 'same' | 'related' | null;
  /** How many content words the claim has: a short claim shares a lot by chance. A count, not the terms'
   *  weights, so that the decision does not move when other stories join the index (weights depend on it). */
  claimTerms: number;
  /** How well the claim matches the passage's best counterpart in another article of the story (0 when none). */
  agreement: number;
  /** A question against a statement (relation.ts sameKind is false). */
  kindClash: boolean;
  /** The pair's score over the claim's best in the passage's article (1 for the best): one article may report
   *  a claim in two passages, and the second is nearly as good, not "not best". */
  nearBestForClaim: number;
  /** The pair's score over the passage's best among the text's claims (1 for the best). */
  nearBestForPassage: number;
  /** The text retells the passage's article in order (order.ts alignedPairs found the two in parallel). */
  retold: boolean;
  /** How close the two are in meaning, as word vectors see them taken together (meaning.ts). */
  meaning: Meaning;
  /** The pair's meaning over the closest meaning of any passage of that article to the claim (1 for the
   *  closest): which passage of an outlet's article tells the claim, as word vectors see it. */
  nearClosestMeaning: number;
}

/** The models' inputs, in the order of their coefficients (decision-weights.ts). */
export const FEATURE_NAMES = [
  'score',
  'forward',
  'backward',
  'what happened',
  'weaker way',
  'best for claim',
  'best for passage',
  'in order',
  'aligned',
  'told together',
  'rules: same',
  'rules: related',
  'claim length',
  'agreement',
  'question vs statement',
  'near best for claim',
  'near best for passage',
  'meaning',
  'meaning of what happened',
  'near closest meaning',
] as const;

export function features(e: Evidence): number[] {
  const { sim, ranks } = e;
  return [
    sim.score,
    sim.forward,
    sim.backward,
    sim.what,
    Math.min(sim.forward, sim.backward),
    Number(ranks.claimsBest),
    Number(ranks.passagesBest),
    Number(ranks.inOrder),
    Number(ranks.aligned ?? false),
    Number(ranks.together ?? false),
    Number(e.rules === 'same'),
    Number(e.rules === 'related'),
    Math.log1p(e.claimTerms),
    e.agreement,
    Number(e.kindClash),
    e.nearBestForClaim,
    e.nearBestForPassage,
    e.meaning.all,
    e.meaning.what,
    e.nearClosestMeaning,
  ];
}

/** The logistic model: weights over standardised features. */
export interface DecisionModel {
  mean: number[];
  scale: number[];
  coefficients: number[];
  intercept: number;
}

export function probability(model: DecisionModel, x: number[]): number {
  let z = model.intercept;
  x.forEach((v, i) => (z += model.coefficients[i]! * ((v - model.mean[i]!) / model.scale[i]!)));
  return 1 / (1 + Math.exp(-z));
}

const AGREEMENT = FEATURE_NAMES.indexOf('agreement');

/** The probability that the pair reports the same claim; `agreement` asks what it would be with that much
 *  agreement instead (link.ts works agreement out only where it could change the verdict). */
export function probabilityOfSame(e: Evidence, agreement = e.agreement): number {
  const x = features(e);
  x[AGREEMENT] = agreement;
  return probability(SAME_WEIGHTS, x);
}

// Links a text's claims to the passages of other articles that report them, in two passes: score every
// claim against its retrieved candidates, then decide relations knowing, for each passage, which of the
// text's claims suits it best (see relation.ts: a pair best both ways is the strongest evidence of the same
// claim, best one way the next), and that a question is the same claim only as another question.

import type { Bag } from './bag';
import type { EngineIndex, IndexedPassage } from './build';
import { decide, relationOf, sameKind, type Ranks } from './relation';
import { DECISION, LINK, THRESHOLDS } from './tunables';
import type { CosineCache } from './cosines';
import { similarity, type Similarity } from './similarity';
import { candidates } from './retrieve';
import { meaning, type Meaning } from './meaning';
import { adjacent, type Neighbour } from './neighbours';
import { PairSet } from './pair-set';
import { probabilityOfSame, type Evidence } from './decision';
import type { ClaimMatch } from './types';

export interface LinkContext {
  index: EngineIndex;
  allowed: (article: number) => boolean;
  /** Articles that are copies of the text being read: linked as "copy", not as corroboration. */
  copies: Set<number>;
  cache: CosineCache;
  /** Sees every judged pair with its evidence (the decision's training script and the eval). */
  trace?: PairTrace;
}

export type PairTrace = (claim: number, passage: number, evidence: Evidence, probability: number) => void;

export interface Scored {
  id: number;
  /** The passage itself (index.passages[id]). */
  passage: IndexedPassage;
  sim: Similarity;
  /** How close the two are in meaning, word vectors taken together (meaning.ts). */
  meaning: Meaning;
  /** The better neighbouring pair's similarity (see withNeighbourSupport); absent before it runs. */
  neighbours?: number;
}

/** Scores each claim bag against its candidate passages. */
export function scoreClaims(ctx: LinkContext, bags: Bag[]): Scored[][] {
  const { index, cache } = ctx;
  return bags.map((bag) =>
    bag.total === 0
      ? []
      : candidates(index, bag, ctx.allowed).map((id) => {
          const passage = index.passages[id]!;
          return {
            id,
            passage,
            sim: similarity(bag, passage.bag, index.lexicon, cache),
            meaning: meaning(bag, passage.bag, index.lexicon),
          };
        }),
  );
}

/**
 * Adds to each pair's score a share of the better of its neighbouring pairs (the claims and passages just
 * before or just after both): retellings and paraphrases keep the order of what they retell, so a pair
 * whose neighbours also match is more likely the same claim in other words. Applies to linking only.
 */
export function withNeighbourSupport(
  index: EngineIndex,
  scored: Scored[][],
  neighbour: Neighbour = adjacent,
): Scored[][] {
  const scores = scored.map((list) => new Map(list.map(({ id, sim }) => [id, sim.score])));
  const pair = (claim: number, id: number, step: -1 | 1) => {
    const next = index.passages[id + step];
    return next?.article === index.passages[id]!.article ? (scores[neighbour(claim, step)]?.get(id + step) ?? 0) : 0;
  };
  // Written out field by field: an object spread per pair was a tenth of a page's alignment (docs/engine-log.md).
  return scored.map((list, claim) =>
    list.map(({ id, passage, sim, meaning }) => {
      const neighbours = Math.max(pair(claim, id, -1), pair(claim, id, 1));
      const score = sim.score + LINK.neighbourSupport * neighbours;
      return {
        id,
        passage,
        meaning,
        sim: { forward: sim.forward, backward: sim.backward, what: sim.what, score },
        neighbours,
      };
    }),
  );
}

/** For each passage, the claim (by position) that matches it best, and that score. */
function bestClaimPerPassage(scored: Scored[][]): Map<number, { claim: number; score: number }> {
  const best = new Map<number, { claim: number; score: number }>();
  scored.forEach((list, claim) => {
    for (const { id, sim } of list) {
      const b = best.get(id);
      if (!b || sim.score > b.score) best.set(id, { claim, score: sim.score });
    }
  });
  return best;
}

/** For each article among a claim's candidates, its best pair. */
function bestPerArticle(list: Scored[]): Map<number, Scored> {
  const best = new Map<number, Scored>();
  for (const pair of list) {
    const a = pair.passage.article;
    if (pair.sim.score > (best.get(a)?.sim.score ?? -1)) best.set(a, pair);
  }
  return best;
}

/** For each article among a claim's candidates, the closest meaning of any of its passages. */
function closestMeaningPerArticle(list: Scored[]): Map<number, number> {
  const best = new Map<number, number>();
  for (const pair of list) {
    const a = pair.passage.article;
    best.set(a, Math.max(best.get(a) ?? 0, pair.meaning.all));
  }
  return best;
}

/** Where a text's pair stands among the others (relation.ts Ranks; with its place, once the text's place is
 *  known): the bests are found once per text, for order.ts and linkClaim alike. */
export interface Standing {
  (claim: number, pair: Scored, placed?: Placed): Ranks;
  /** The claim's best pair in each article among its candidates. */
  bestInArticle: Array<Map<number, Scored>>;
  /** Each passage's best score among the text's claims. */
  bestForPassage(id: number): number;
  /** The claim's closest meaning in each article among its candidates. */
  closestMeaningInArticle: Array<Map<number, number>>;
}

export function standings(scored: Scored[][]): Standing {
  const bestClaim = bestClaimPerPassage(scored);
  const bestInArticle = scored.map(bestPerArticle);
  const rank = (claim: number, { id, passage, sim, neighbours = 0 }: Scored, placed?: Placed): Ranks => ({
    claimsBest: bestInArticle[claim]!.get(passage.article)?.sim.score === sim.score,
    passagesBest: bestClaim.get(id)?.claim === claim,
    inOrder: neighbours >= THRESHOLDS.neighbourMatch,
    aligned: placed?.aligned.has(claim, id) ?? false,
    together: placed?.together.has(claim, id) ?? false,
  });
  return Object.assign(rank, {
    bestInArticle,
    bestForPassage: (id: number) => bestClaim.get(id)?.score ?? 0,
    closestMeaningInArticle: scored.map(closestMeaningPerArticle),
  });
}

/** What the text's place says about its pairs (see order.ts): the pairs at the same place in an article the
 *  text retells in order, and those a claim and its neighbour tell together. */
export interface Placed {
  aligned: PairSet;
  together: PairSet;
}

/** One text's claims as linking sees them, scored and ranked: what every judgement of a pair needs. */
export interface TextClaims {
  ctx: LinkContext;
  texts: string[];
  bags: Bag[];
  scored: Scored[][];
  standing: Standing;
  /** Articles the text retells in order (order.ts alignedPairs). */
  retold: Set<number>;
}

export interface Judgement {
  relation: 'same' | null;
  /** What the rule ladder alone says (relation.ts relationOf): evidence for the decision, and what places
   *  pairs told together (order.ts), so that place never depends on the learned decision. */
  rules: 'same' | 'related' | null;
  /** The calibrated probability that the pair reports the same claim (decision.ts). */
  probability: number;
}

/** What the rule ladder alone says of a pair (relation.ts relationOf, with its standing and place); a question
 *  is never the same claim as a statement. */
function rulesVerdict(t: TextClaims, claim: number, pair: Scored, placed: Placed) {
  const ranks = t.standing(claim, pair, placed);
  const kindClash = !sameKind(t.texts[claim]!, pair.passage.text);
  const rules = relationOf(pair.sim, ranks);
  return { ranks, kindClash, rules, verdict: kindClash && rules === 'same' ? 'related' : rules };
}

/** The relation of one of a claim's pairs (relation.ts decide, with the calibrated probability), or null. */
function judge(t: TextClaims, claim: number, pair: Scored, placed: Placed): Judgement {
  const { ctx } = t;
  const { ranks, kindClash, rules, verdict } = rulesVerdict(t, claim, pair, placed);
  const article = pair.passage.article;
  const evidence: Evidence = {
    sim: pair.sim,
    ranks,
    rules,
    claimTerms: t.bags[claim]!.terms.length,
    agreement: 0,
    kindClash,
    retold: t.retold.has(article),
    nearBestForClaim: ratio(pair.sim.score, t.standing.bestInArticle[claim]!.get(article)?.sim.score ?? 0),
    nearBestForPassage: ratio(pair.sim.score, t.standing.bestForPassage(pair.id)),
    meaning: pair.meaning,
    nearClosestMeaning: ratio(pair.meaning.all, t.standing.closestMeaningInArticle[claim]!.get(article) ?? 0),
  };
  // Agreement costs passage-to-passage comparisons, and the probability only grows with it: it is worked out
  // only where it could move the pair across the bar (with none, below; with as much as it can be, at or above).
  let same = probabilityOfSame(evidence);
  if (ctx.trace || mayCross(evidence, same, bestElsewhere(t, claim, pair))) {
    evidence.agreement = agreement(t, claim, pair);
    same = probabilityOfSame(evidence);
  }
  ctx.trace?.(claim, pair.id, evidence, same);
  return { relation: decide(evidence, same), rules: verdict, probability: same };
}

/** Whether as much agreement as there can be would lift the pair over the bar it is under with none (`now`). */
function mayCross(e: Evidence, now: number, most: number): boolean {
  return most > 0 && now < DECISION.same && probabilityOfSame(e, most) >= DECISION.same;
}

/** The claim's best passage in each article but the pair's own. */
function bestInOtherArticles(t: TextClaims, claim: number, pair: Scored): Scored[] {
  const own = pair.passage.article;
  return [...t.standing.bestInArticle[claim]!].filter(([a]) => a !== own).map(([, best]) => best);
}

/** A score over the best one (1 for the best itself), or 0 when there is no best. */
const ratio = (score: number, best: number) => (best > 0 ? Math.min(1, score / best) : 0);

/** The most agreement can be: the claim's best score in another article. */
function bestElsewhere(t: TextClaims, claim: number, pair: Scored): number {
  if (pair.sim.score < LINK.agreementFloor) return 0;
  return Math.max(0, ...bestInOtherArticles(t, claim, pair).map((o) => o.sim.score));
}

/** How well the claim also matches the passage's counterpart in another article of the story: the claim's
 *  best passage there, as far as it matches both (a claim's phrasings across outlets agree). */
function agreement(t: TextClaims, claim: number, pair: Scored): number {
  const { index, cache } = t.ctx;
  if (pair.sim.score < LINK.agreementFloor) return 0;
  const { passage } = pair;
  let out = 0;
  for (const other of bestInOtherArticles(t, claim, pair)) {
    if (other.sim.score <= out) continue;
    const between = similarity(passage.bag, other.passage.bag, index.lexicon, cache).score;
    out = Math.max(out, Math.min(other.sim.score, between));
  }
  return out;
}

/** The pairs that report the same claim. */
export function sameClaimPairs(t: TextClaims, placed: Placed): PairSet {
  const out = new PairSet();
  t.scored.forEach((list, claim) => {
    for (const pair of list) {
      if (rulesVerdict(t, claim, pair, placed).verdict === 'same') {
        out.add(claim, pair.id);
      }
    }
  });
  return out;
}

/** The matches of one claim, best first, at most a few per article; their differences are found by the caller. */
export function linkClaim(t: TextClaims, claim: number, placed: Placed): ClaimMatch[] {
  const { ctx } = t;
  const { index } = ctx;
  const out: ClaimMatch[] = [];
  for (const pair of t.scored[claim]!) {
    const { relation, probability } = judge(t, claim, pair, placed);
    if (!relation) continue;
    const p = pair.passage;
    const article = index.articles[p.article]!;
    out.push({
      articleId: article.id,
      outlet: article.outlet,
      url: article.url,
      start: p.start,
      end: p.end,
      text: p.text,
      score: Math.round(pair.sim.score * 1000) / 1000,
      probability: Math.round(probability * 1000) / 1000,
      relation: ctx.copies.has(p.article) ? 'copy' : relation,
      differences: [],
    });
  }
  const perArticle = new Map<string, number>();
  return out
    .sort((a, b) => b.score - a.score)
    .filter((m) => {
      const n = perArticle.get(m.articleId) ?? 0;
      perArticle.set(m.articleId, n + 1);
      // A second or third passage of one article only when it reports the same claim, not a copy's.
      return n === 0 || (n < LINK.perArticle && m.relation === 'same');
    });
}

// How much two claims say the same thing: weighted term coverage in both directions, where a term counts
// fully when the other claim has the same stem, nearly fully for a name variant, and partly for a word of
// close meaning (word vectors). Coverage both ways separates "the same claim" from "one shares a part".

import type { Bag, BagTerm } from './bag';
import type { CosineCache } from './cosines';
import type { Lexicon } from './lexicon';
import { SIM } from './tunables';

export interface Similarity {
  /** Share of the claim's weight found in the passage. */
  forward: number;
  /** Share of the passage's weight found in the claim. */
  backward: number;
  score: number;
  /** The same score over the words that say what happened (not who: names, roles; not numbers). */
  what: number;
}

/**
 * Similarity of a claim's bag and a passage's bag: of the two whole, or of one whole and a part of the other
 * (bag.ts parts), whichever is higher. A part's score counts at SIM.part: matching half of a claim is a little
 * less than matching all of it, so a whole that matches as well wins.
 */
export function similarity(q: Bag, p: Bag, lex: Lexicon | undefined, cache: CosineCache): Similarity {
  let best = wholeSimilarity(q, p, lex, cache);
  for (const part of q.parts) best = higher(best, wholeSimilarity(part, p, lex, cache));
  for (const part of p.parts) best = higher(best, wholeSimilarity(q, part, lex, cache));
  return best;
}

function higher(whole: Similarity, part: Similarity): Similarity {
  const score = part.score * SIM.part;
  return score > whole.score ? { ...part, score } : whole;
}

function wholeSimilarity(q: Bag, p: Bag, lex: Lexicon | undefined, cache: CosineCache): Similarity {
  if (q.total === 0 || p.total === 0) return { forward: 0, backward: 0, score: 0, what: 0 };
  const there = exactCoverage(q, p);
  const back = exactCoverage(p, q);
  // Word vectors cost most of the time; a pair that shares too little outright cannot become a match.
  if (lex && Math.sqrt((there.all / q.total) * (back.all / p.total)) >= SIM.minLexical) {
    addSoft(there, p, lex, cache);
    addSoft(back, q, lex, cache);
  }
  const [forward, forwardWhat] = shares(there, q);
  const [backward, backwardWhat] = shares(back, p);
  return { forward, backward, score: Math.sqrt(forward * backward), what: Math.sqrt(forwardWhat * backwardWhat) };
}

/** Shares of `from`'s weight that `to` covers (same stems, name variants, words of close meaning): of all its
 *  terms, and of those that say what happened. */
export function covered(
  from: Bag,
  to: Bag,
  lex: Lexicon | undefined,
  cache: CosineCache,
): { all: number; what: number } {
  if (!from.total) return { all: 0, what: 0 };
  const got = exactCoverage(from, to);
  if (lex) addSoft(got, to, lex, cache);
  const [all, what] = shares(got, from);
  return { all, what };
}

/** Weight covered, of all terms and of the terms that say what happened (see BagTerm.who), and the terms
 *  covered neither by their stem nor as a name variant: the only ones word vectors can add to. */
interface Covered {
  all: number;
  what: number;
  totalWhat: number;
  misses: BagTerm[];
}

/** What `to` covers of `from` by stems and name variants alone. */
function exactCoverage(from: Bag, to: Bag): Covered {
  const out: Covered = { all: 0, what: 0, totalWhat: 0, misses: [] };
  for (const t of from.terms) {
    const says = !t.who && !t.num;
    if (says) out.totalWhat += t.weight;
    const hit = to.stems.has(t.stem) ? 1 : t.key && to.keys.has(t.key) ? SIM.variant : 0;
    if (!hit) out.misses.push(t);
    out.all += t.weight * hit;
    if (says) out.what += t.weight * hit;
  }
  return out;
}

/** Adds what words of close meaning in `to` cover of the misses. */
function addSoft(got: Covered, to: Bag, lex: Lexicon, cache: CosineCache): void {
  for (const t of got.misses) {
    const hit = soft(t, to, lex, cache);
    got.all += t.weight * hit;
    if (!t.who && !t.num) got.what += t.weight * hit;
  }
}

/** Covered weight as shares of the whole: [all terms, the terms that say what happened]. */
function shares(got: Covered, from: Bag): [number, number] {
  return [got.all / from.total, got.totalWhat ? got.what / got.totalWhat : 0];
}

function soft(t: BagTerm, to: Bag, lex: Lexicon, cache: CosineCache): number {
  let best = 0;
  // Word vectors only for words that carry weight: a cheap word's near-synonym cannot change the verdict.
  if (t.row < 0 || t.num || t.weight < SIM.minSoftWeight) return 0;
  for (const row of to.vectorRows) {
    const c = cache.get(lex, t.row, row);
    if (c > best) best = c;
  }
  return best >= SIM.minCosine ? best * SIM.softScale : 0;
}

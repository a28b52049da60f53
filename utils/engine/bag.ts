// A claim as a bag of weighted terms: what similarity, retrieval and detection all work on.

import type { Lexicon } from './lexicon';
import { scoringParts } from './clauses';
import { nameKey } from './names';
import { isRole } from './roles';
import { contentTokens, type Token } from './tokenize';
import { termWeight, type WeightStats } from './weights';

export interface BagTerm {
  stem: string;
  norm: string;
  weight: number;
  /** Lexicon row for word-vector similarity, or −1. */
  row: number;
  /** Transliteration key for capitalised words, or null. */
  key: string | null;
  cap: boolean;
  num: boolean;
  /** Says who (a name, or a role such as "envoy" or "aide"), not what happened: left out of `what`. */
  who: boolean;
}

export interface Bag {
  terms: BagTerm[];
  total: number;
  stems: Set<string>;
  /** Transliteration keys of the capitalised words (name variants: Witkoff / Vitkoff). */
  keys: Set<string>;
  /** Lexicon rows of the words that word vectors may match (not numbers, not unknown words). */
  vectorRows: number[];
  /** Bags of the claim's parts, scored on their own too (clauses.ts scoringParts); empty for most claims. */
  parts: Bag[];
}

/** A claim's unique content terms (first occurrence wins), unweighted, and those of each of its parts (none for
 *  most claims: see scoringParts). */
export function claimTokens(text: string, start: number, end: number): { tokens: Token[]; parts: Token[][] } {
  const all = contentTokens(text.slice(start, end), start);
  const parts = scoringParts(text, start, end).map(([s, e]) => unique(all.filter((t) => t.start >= s && t.start < e)));
  return { tokens: unique(all), parts };
}

function unique(tokens: Token[]): Token[] {
  const seen = new Set<string>();
  return tokens.filter((t) => !seen.has(t.stem) && seen.add(t.stem));
}

/** Weighs a claim's tokens, and its parts' (claimTokens), against corpus statistics. */
export function makeBag(tokens: Token[], stats: WeightStats, lexicon?: Lexicon, parts: Token[][] = []): Bag {
  const terms = tokens.map((t) => ({
    stem: t.stem,
    norm: t.norm,
    weight: termWeight(stats, t.stem, t.norm, t.cap, t.num),
    row: lexicon?.rows.get(t.norm) ?? -1,
    key: t.cap ? nameKey(t.norm) : null,
    cap: t.cap,
    num: t.num,
    who: t.cap || isRole(t.norm) || (t.upper && !!lexicon && !lexicon.rows.has(t.norm)),
  }));
  return bagOf(
    terms,
    parts.map((p) => makeBag(p, stats, lexicon)),
  );
}

/** One bag of two claims' terms (a term of both counts once, with the first claim's weight). */
export function joinBags(a: Bag, b: Bag): Bag {
  return bagOf([...a.terms, ...b.terms.filter((t) => !a.stems.has(t.stem))], []);
}

function bagOf(terms: BagTerm[], parts: Bag[]): Bag {
  const bag: Bag = { terms, total: 0, stems: new Set(), keys: new Set(), vectorRows: [], parts };
  for (const t of terms) {
    bag.total += t.weight;
    bag.stems.add(t.stem);
    if (t.key) bag.keys.add(t.key);
    if (t.row >= 0 && !t.num) bag.vectorRows.push(t.row);
  }
  return bag;
}

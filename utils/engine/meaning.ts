// What two claims mean, as word vectors see it: the cosine of their weighted mean vectors. Coverage
// (similarity.ts) asks whether each word has a counterpart; this asks whether the words point the same way
// taken together, which holds for a paraphrase whose words each match only loosely ("declined to comment" /
// "will not comment"). Computed for all content words and for those that say what happened (not who).

import type { Bag } from './bag';
import type { Lexicon } from './lexicon';

export interface Meaning {
  all: number;
  what: number;
}

interface Vectors {
  all: Float32Array | null;
  what: Float32Array | null;
}

const vectors = new WeakMap<Bag, Vectors>();

function meanVector(bag: Bag, lex: Lexicon, whatOnly: boolean): Float32Array | null {
  const out = new Float32Array(lex.dims);
  let any = false;
  for (const t of bag.terms) {
    if (t.row < 0 || t.num || (whatOnly && t.who)) continue;
    any = true;
    for (let i = 0, at = t.row * lex.dims; i < lex.dims; i++) out[i]! += t.weight * lex.data[at + i]!;
  }
  if (!any) return null;
  let norm = 0;
  for (const v of out) norm += v * v;
  norm = Math.sqrt(norm);
  if (norm === 0) return null;
  for (let i = 0; i < out.length; i++) out[i]! /= norm;
  return out;
}

function vectorsOf(bag: Bag, lex: Lexicon): Vectors {
  let v = vectors.get(bag);
  if (!v) {
    v = { all: meanVector(bag, lex, false), what: meanVector(bag, lex, true) };
    vectors.set(bag, v);
  }
  return v;
}

function cosine(a: Float32Array | null, b: Float32Array | null): number {
  if (!a || !b) return 0;
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot;
}

/** How close two bags are in meaning (0 without a lexicon). */
export function meaning(q: Bag, p: Bag, lex: Lexicon | undefined): Meaning {
  if (!lex) return { all: 0, what: 0 };
  const a = vectorsOf(q, lex);
  const b = vectorsOf(p, lex);
  return { all: cosine(a.all, b.all), what: cosine(a.what, b.what) };
}

// Words of a claim, normalised for matching: lowercased, possessives dropped, stemmed, abbreviations and
// number shorthands expanded ("U.S." → usa, "100m" → 100 million), with offsets for the differences shown.

import { stemmer } from 'stemmer';
import { perText } from './per-text';
import { STOPWORDS } from './stopwords';

export interface Token {
  /** Lowercased surface form without possessive ("witkoff's" → "witkoff"). */
  norm: string;
  /** Matching key: Porter stem for Latin-script words, the form itself otherwise. */
  stem: string;
  start: number;
  end: number;
  /** Starts with a capital letter and is not the first word of its claim. */
  cap: boolean;
  /** Starts with a capital letter, wherever it stands. */
  upper: boolean;
  stop: boolean;
  num: boolean;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[.'’-](?=[\p{L}\p{N}]))*\.?/gu;
const MULTIPLIERS: Record<string, string> = { m: 'million', mn: 'million', bn: 'billion', b: 'billion', k: 'thousand' };
const COUNTRY: Record<string, string> = { 'u.s.': 'usa', 'u.s': 'usa', us: 'usa', 'u.k.': 'uk', 'u.k': 'uk' };

/** Splits text into normalised tokens; `offset` is added to every position. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  let first = true;
  for (const m of text.matchAll(WORD)) {
    let raw = m[0];
    const start = offset + m.index;
    // A trailing dot belongs to the word only in abbreviations like "U.S."
    if (raw.endsWith('.') && !/^(\p{L}\.)+$/u.test(raw)) raw = raw.slice(0, -1);
    const end = start + raw.length;
    const upper = /^\p{Lu}/u.test(raw);
    const cap = !first && upper;
    first = false;
    const lower = raw.toLowerCase();
    const country = raw === 'US' || raw.includes('.') ? COUNTRY[lower] : undefined;
    if (country) {
      out.push(make(country, start, end, true, true));
      continue;
    }
    const mult = /^(\d+(?:[.,]\d+)?)(m|mn|bn|b|k)$/u.exec(lower);
    if (mult) {
      out.push(make(mult[1]!, start, end, cap, upper));
      out.push(make(MULTIPLIERS[mult[2]!]!, start, end, false, false));
      continue;
    }
    out.push(make(lower.replace(/['’]s$/u, '').replace(/['’]$/u, ''), start, end, cap, upper));
  }
  return out;
}

function make(norm: string, start: number, end: number, cap: boolean, upper: boolean): Token {
  const { stem, stop, num } = readWord(norm);
  return { norm, stem, start, end, cap, upper, stop, num };
}

// What a word is does not depend on where it stands, and words repeat: each is read once.
const readWord = perText(
  (norm: string) => ({
    stem: /^[a-z][a-z'’-]*$/u.test(norm) ? stemmer(norm) : norm,
    stop: STOPWORDS.has(norm),
    num: /^\d/u.test(norm),
  }),
  20_000,
);

/** Content tokens only: what a claim is about. */
export function contentTokens(text: string, offset = 0): Token[] {
  return tokenize(text, offset).filter((t) => !t.stop && (t.norm.length > 1 || t.num));
}

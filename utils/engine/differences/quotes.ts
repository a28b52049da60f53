// Quote wording: the same quotation rendered differently ("forgeries" / "fake", "could be 100 million different
// things" / "could be 100m different things"). A difference names both quotations whole, as each outlet prints
// them, so the reader sees what each outlet has the speaker say; one quoting only part of the other is not a
// difference.

import type { Difference } from '../types';
import { perText } from '../per-text';
import { STOPWORDS } from '../stopwords';
import { foreignLanguage } from './foreign';
import { changedRuns, isRewording, words } from './words';

// A straight-quoted span closes before a space, punctuation or the end; curly and guillemet quotes pair up.
// German, Polish, Ukrainian and Russian open with a low mark and close with a high one („…“, „…”), or, typed
// on a keyboard, a straight one („…").
const QUOTE = /"([^"]{1,1000}?)"(?=[\s.,;:!?)\]—–-]|$)|“([^”]{1,1000})”|«([^»]{1,1000})»|„([^“”"]{1,1000})[“”"]/gu;
const EDGE = /^[\s,.;:]+|[\s,.;:]+$/gu;

/** Two quotations are one rendered differently when this share of the shorter one's words is in the other. */
const SHARED_WORDS = 0.3;
/** Or when the words just before them (the sentence frame, "he claimed some parts were") share this many. */
const LEAD_IN_WORDS = 5;
const SHARED_LEAD_IN = 2;

export interface QuoteSpan {
  /** The quotation trimmed of edge punctuation. */
  text: string;
  /** UTF-16 offsets of `text` in the passage. */
  start: number;
  end: number;
}

/** The quotations in a text, where they stand. */
export const quoteSpans = perText((text: string): QuoteSpan[] => {
  const out: QuoteSpan[] = [];
  for (const m of text.matchAll(QUOTE)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    const q = inner.replace(EDGE, '');
    if (!/[\p{L}\p{N}]/u.test(q)) continue;
    const start = m.index + 1 + inner.indexOf(q);
    out.push({ text: q, start, end: start + q.length });
  }
  return out;
});

/** The quotations in a text, trimmed of edge punctuation. */
export const quotations = perText((text: string): string[] => quoteSpans(text).map((q) => q.text));

interface Quoted extends QuoteSpan {
  words: string[];
  leadIn: string[];
  /** Its language where clearly not English (foreign.ts): the quotation's own, else its passage's. */
  lang: string | null;
}

const read = (text: string): Quoted[] =>
  quoteSpans(text).map((q) => ({
    ...q,
    words: words(q.text),
    leadIn: words(text.slice(0, q.start)).slice(-LEAD_IN_WORDS),
    lang: foreignLanguage(q.text) ?? foreignLanguage(text),
  }));

/** Pairs the two texts' quotations and reports each pair worded differently, both quotations whole. Quotations
 *  in two languages are not compared: one is a translation, worded otherwise whatever the speaker said, and the
 *  bilingual lexicons give a word's senses, not a sentence's translation, so every such pair would read as a
 *  difference that is none (issue 17). Their numbers and dates are still compared (numbers.ts). */
export function quoteDifferences(here: string, there: string): Difference[] {
  const a = read(here);
  const b = read(there);
  const pairs: Array<[Quoted, Quoted]> = [];
  const used = new Set<Quoted>();
  const pairBy = (fits: (q: Quoted, r: Quoted) => number) => {
    for (const q of a) {
      if (used.has(q)) continue;
      const best = b
        .filter((r) => !used.has(r) && r.lang === q.lang)
        .map((r) => [r, fits(q, r)] as const)
        .filter(([, fit]) => fit > 0)
        .sort((x, y) => y[1] - x[1])[0];
      if (!best) continue;
      used.add(q).add(best[0]);
      pairs.push([q, best[0]]);
    }
  };
  pairBy(wordShare);
  // Quotations sharing no word can still be one, translated differently ("forgeries" / "fake"), when both
  // stand in the same sentence frame.
  pairBy(sameFrame);
  return pairs
    .filter(([q, r]) => wordedDifferently(q.words, r.words))
    .map(([q, r]) => ({ kind: 'quote', here: q.text, there: r.text }));
}

// The share of the shorter quotation's words found in the other; 0 below the bar.
function wordShare(q: Quoted, r: Quoted): number {
  const rw = new Set(r.words);
  const share = q.words.filter((w) => rw.has(w)).length / Math.max(1, Math.min(q.words.length, rw.size));
  return share >= SHARED_WORDS ? share : 0;
}

// How many words the two lead-ins share, 0 unless enough do and one of them is a content word.
function sameFrame(q: Quoted, r: Quoted): number {
  const rw = new Set(r.leadIn);
  const common = [...new Set(q.leadIn)].filter((w) => rw.has(w));
  return common.length >= SHARED_LEAD_IN && common.some((w) => !STOPWORDS.has(w)) ? common.length : 0;
}

// A quotation that is only a part of the other (one outlet quoting more of the sentence) is not worded
// differently.
const wordedDifferently = (a: string[], b: string[]) => changedRuns(a, b).some(isRewording);

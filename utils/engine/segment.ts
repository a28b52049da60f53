// Splits article text into claims (sentences, and clauses where one sentence carries two claims) with exact
// UTF-16 offsets. Rules, not a model: it must run anywhere, in a few milliseconds, on any language's
// punctuation. Every line is its own block, so headings, captions and page chrome never glue onto prose.

import { isAbbreviation, isSentenceOpener } from './abbreviations';
import { splitClauses } from './clauses';
import { datelineLength } from './dateline';
import { SEGMENT } from './tunables';

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** "sentence" for prose; "heading" for a line without closing punctuation (headings, captions, chrome). */
  kind: 'sentence' | 'heading';
}

// Sentence-final marks of several scripts: Latin, CJK full stops, Devanagari danda, Arabic question mark.
const FINAL = /[.!?…。！？।؟]/u;
const CLOSERS = /["'”’»)\]]/u;
const OPEN_DQ = /[“«„]/u;

// A reference list's entry as Wikipedia prints it ("^ Bogue, Mike (2017). Apocalypse Then. McFarland."): several
// sentences, none of them a claim of the article.
const REFERENCE_ENTRY = /^\s*\^\s/u;

/** Splits a text into claims with UTF-16 offsets; never returns empty or whitespace-only segments. */
export function segment(text: string): Segment[] {
  const out: Segment[] = [];
  const lineRe = /[^\n\r]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const line = m[0];
    if (!line.trim()) continue;
    const base = m.index;
    if (isHeadingLike(line) || REFERENCE_ENTRY.test(line)) {
      pushTrimmed(out, text, base, base + line.length, 'heading');
      continue;
    }
    // A dateline ("MOSCOW (Reuters) - ") is no part of the first sentence's claim.
    const dateline = datelineLength(line);
    if (dateline) pushTrimmed(out, text, base, base + dateline, 'heading');
    for (const [s, e] of sentenceBounds(line.slice(dateline))) {
      for (const [cs, ce] of splitClauses(line, dateline + s, dateline + e)) {
        pushTrimmed(out, text, base + cs, base + ce, 'sentence');
      }
    }
  }
  return out;
}

// A line without final punctuation is a heading if it is short; a long one is prose that lost its full stop.
// So is a short line that is one question and nothing else ("Who could have leaked the calls?"): news
// subheads are often questions, and a question on its own asserts nothing another outlet could report.
function isHeadingLike(line: string): boolean {
  if (hasMoreWords(line, SEGMENT.headingWords)) return false;
  const trimmed = line.trimEnd();
  const last = trimmed[withoutTrailing(trimmed, (ch) => CLOSERS.test(ch)) - 1] ?? '';
  if (/[?？؟]/u.test(last)) return sentenceBounds(line).length === 1 && !/^\s*["“«„']/u.test(line);
  return !/[.!?…。！？।؟:;,]/u.test(last);
}

function pushTrimmed(out: Segment[], text: string, start: number, end: number, kind: Segment['kind']): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) {
    out.push({ start, end, text: text.slice(start, end), kind });
  }
}

/** Sentence boundaries inside one line, as [start, end) pairs relative to the line. */
export function sentenceBounds(line: string): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  let inQuote = false;
  let quoteStart = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '"') {
      // Straight quotes toggle; a paragraph end resets the state, so an unbalanced one cannot leak far.
      inQuote = !inQuote;
      if (inQuote) quoteStart = i;
      continue;
    }
    if (OPEN_DQ.test(ch)) {
      inQuote = true;
      quoteStart = i;
      continue;
    }
    if (ch === '”' || ch === '»') {
      inQuote = false;
      continue;
    }
    if (!FINAL.test(ch)) continue;
    let j = i + 1;
    while (j < line.length && (FINAL.test(line[j]!) || CLOSERS.test(line[j]!))) j++;
    // Closing quotes right after the mark end the quotation, whatever the state said.
    if (/["”»]/u.test(line.slice(i + 1, j))) inQuote = false;
    const boundary = isBoundary(line, i, j) && !(inQuote && i - quoteStart < SEGMENT.maxQuoted);
    i = j - 1;
    if (!boundary) continue;
    bounds.push([start, j]);
    start = j;
    inQuote = false;
  }
  if (start < line.length) bounds.push([start, line.length]);
  return bounds;
}

// The mark at i, followed by closers up to j, ends a sentence if what follows starts a new one.
function isBoundary(line: string, i: number, j: number): boolean {
  if (j >= line.length) return false;
  const ch = line[i]!;
  // CJK full stops need no following space.
  if (/[。！？]/u.test(ch)) return true;
  const after = skipSpaces(line, j);
  const next = line[after] ?? '';
  if (after === j) {
    // "war.The" (a lost space) is a boundary; "U.S." and "capitalpost.uk" are not.
    if (ch !== '.' || !/\p{Lu}/u.test(next)) return false;
    const word = line.slice(wordStart(line, i, false), i);
    return word.length >= 3 && word === word.toLowerCase() && !isAbbreviation(word);
  }
  if (!/[\p{Lu}\p{N}"“‘'«¿¡(\p{Lo}]/u.test(next)) return false;
  if (ch !== '.') return true;
  const word = line.slice(wordStart(line, i, true), i);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // an initial: "Donald J. Trump"
  if (isAbbreviation(word)) return isSentenceOpener(line, after);
  // Numbers like "No. 5" or "p. 12" were handled above; a digit after "." in "3.5" has no space.
  return true;
}

// The scans below look at the text next to one mark only, never at everything before it: a line of 500,000
// characters of "U.S. U.S. …" costs as much per mark as a short one (a regex over the prefix made it quadratic).

/** The first index at or after `from` that is not whitespace (`/\s/`, the set `trimStart` removes). */
function skipSpaces(line: string, from: number): number {
  let k = from;
  while (k < line.length && /\s/u.test(line[k]!)) k++;
  return k;
}

/** Where the word that ends at `end` starts: letters (whole code points), and dots too when `dots`. */
function wordStart(line: string, end: number, dots: boolean): number {
  let k = end;
  while (k > 0) {
    const unit = line.charCodeAt(k - 1);
    if (dots && unit === 0x2e) k--;
    else if (isLetterAt(line, k - 1)) k -= isLowSurrogate(unit) && isHighSurrogate(line.charCodeAt(k - 2)) ? 2 : 1;
    else break;
  }
  return k;
}

/** Whether the code point that ends at `last` (a whole surrogate pair, where it is one) is a letter. */
function isLetterAt(line: string, last: number): boolean {
  const unit = line.charCodeAt(last);
  if (unit < 0x80) return (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a;
  const pair = last > 0 && isLowSurrogate(unit) && isHighSurrogate(line.charCodeAt(last - 1));
  return /^\p{L}$/u.test(pair ? line.slice(last - 1, last + 1) : line[last]!);
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Whether `line` has more than `max` words (whitespace-separated), counting no further than that. */
function hasMoreWords(line: string, max: number): boolean {
  let words = 0;
  let inWord = false;
  for (let k = 0; k < line.length; k++) {
    const space = /\s/u.test(line[k]!);
    if (!space && !inWord && ++words > max) return true;
    inWord = !space;
  }
  return false;
}

/** The length of `line` without its trailing characters for which `drop` holds. */
function withoutTrailing(line: string, drop: (ch: string) => boolean): number {
  let end = line.length;
  while (end > 0 && drop(line[end - 1]!)) end--;
  return end;
}

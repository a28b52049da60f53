import { stemmer } from 'stemmer';

// Splits a matching passage into runs of text, marking the words it shares with the claim, so the note can
// emphasise them. Comparison is on stems, so "leaked" in one outlet matches "leak" in another.

export interface Segment {
  text: string;
  shared: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

// Words too common to be evidence that two passages say the same thing.
const STOP = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i in is it its of on or our she that ' +
    'the their them there they this to was we were which who will with would you not also than then so'
  ).split(' '),
);

/** The comparable form of a word: lower-cased, possessive dropped, stemmed; null for stop words. */
export function wordKey(word: string): string | null {
  const lower = word.toLocaleLowerCase().replace(/['’]s$/u, '');
  if (STOP.has(lower)) return null;
  return /^[a-z]+$/.test(lower) ? stemmer(lower) : lower;
}

/** The set of comparable word keys in a text. */
export function wordKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const key = wordKey(m[0]);
    if (key) keys.add(key);
  }
  return keys;
}

/** Splits `passage` into segments, marking each word whose key also occurs in `claim`. */
export function sharedWordSegments(passage: string, claim: string): Segment[] {
  const keys = wordKeys(claim);
  const segments: Segment[] = [];
  const push = (text: string, shared: boolean) => {
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.shared === shared) last.text += text;
    else segments.push({ text, shared });
  };
  let at = 0;
  for (const m of passage.matchAll(WORD)) {
    const i = m.index ?? 0;
    const key = wordKey(m[0]);
    push(passage.slice(at, i), false);
    push(m[0], key !== null && keys.has(key));
    at = i + m[0].length;
  }
  push(passage.slice(at), false);
  return segments;
}

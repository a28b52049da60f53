// Splits a sentence that carries two claims into clauses. Conservative on purpose: a wrong split costs more
// (two half-claims that match nothing) than a missed one (one claim that matches two passages). Where it does
// not cut, a claim's parts are still scored on their own (scoringParts).

import { SEGMENT } from './tunables';

// Words that open a phrase rather than a clause: a colon before them introduces a list, not a claim.
// (Sticky: tested at the index after the colon.)
const PHRASE_OPENER = /["“]?(between|of|in|to|from|for|with|on|at|by|including|such|the|a|an|both|either)\b/iuy;
// Conjunctions after a comma that usually join two independent statements.
const JOINERS = /,\s+(but|while|whereas|although|though|yet)\s/giu;
// A semicolon or colon and the space after it.
const PAUSES = /[;:]\s+/gu;

function words(s: string): number {
  return s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Clause bounds inside [start, end) of a line: splits at semicolons, clause colons and contrastive joins. */
export function splitClauses(line: string, start: number, end: number): Array<[number, number]> {
  const cuts: number[] = [];
  const sentence = line.slice(start, end);
  const quoted = quoteTracker(sentence);
  for (const m of sentence.matchAll(PAUSES)) {
    const at = m.index + m[0].length;
    if (quoted(m.index)) continue;
    PHRASE_OPENER.lastIndex = at;
    if (m[0][0] === ':' && PHRASE_OPENER.test(sentence)) continue;
    cuts.push(at);
  }
  const joinQuoted = quoteTracker(sentence);
  for (const m of sentence.matchAll(JOINERS)) {
    if (!joinQuoted(m.index)) cuts.push(m.index + 1);
  }
  return boundsAt(sentence, start, cuts);
}

/**
 * Parts of a claim, as [start, end) bounds in `text`, that similarity.ts scores on their own as well as the
 * whole claim: the pieces between its semicolons and colons, also where splitClauses keeps the claim whole
 * (inside a quotation, so that the quote stays with its speaker; before a list, so that the list keeps its
 * head). A passage that reports only one of them ("he claimed some parts were fake but declined to comment on
 * the remainder") then matches the quotation that carries both. Empty when there is only one part.
 */
export function scoringParts(text: string, start: number, end: number): Array<[number, number]> {
  const sentence = text.slice(start, end);
  const parts = boundsAt(
    sentence,
    start,
    [...sentence.matchAll(PAUSES)].map((m) => m.index + m[0].length),
  );
  return parts.length > 1 ? parts : [];
}

// The pieces of a sentence (at offset `start`) between cuts, skipping cuts that would leave a piece too short
// to be a claim.
function boundsAt(sentence: string, start: number, cuts: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!cuts.length) return [[start, start + sentence.length]];
  const wordsIn = wordCounter(sentence);
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (wordsIn(from, cut) < SEGMENT.partWords || wordsIn(cut, sentence.length) < SEGMENT.partWords) continue;
    out.push([start + from, start + cut]);
    from = cut;
  }
  out.push([start + from, start + sentence.length]);
  return out;
}

// The two helpers below keep a sentence with thousands of semicolons linear: counting the words or quotation
// marks before each cut again made a 500,000-character line take minutes.

/**
 * `words(s.slice(a, b))` from counts made once. Cuts fall between words (after a pause's whitespace, or at a
 * comma followed by whitespace), where the count is a difference of prefix counts; elsewhere it counts afresh.
 */
function wordCounter(s: string): (a: number, b: number) => number {
  // upTo[p]: how many words (runs of non-space holding a letter or digit) end at or before p.
  const upTo = new Int32Array(s.length + 1);
  let count = 0;
  let last = 0;
  for (const m of s.matchAll(/\S+/gu)) {
    const end = m.index + m[0].length;
    upTo.fill(count, last, end);
    if (/[\p{L}\p{N}]/u.test(m[0])) count++;
    last = end;
  }
  upTo.fill(count, last);
  const between = (p: number) => p === 0 || p === s.length || /\s/u.test(s[p - 1]!) || /\s/u.test(s[p]!);
  return (a, b) => (between(a) && between(b) ? upTo[b]! - upTo[a]! : words(s.slice(a, b)));
}

/**
 * Whether a position of `s` is inside a quotation (a cut there would separate the quote from its speaker).
 * Positions must be asked in increasing order: the marks before each are counted once, as the scan passes.
 */
function quoteTracker(s: string): (at: number) => boolean {
  let pos = 0;
  let straight = 0;
  let open = 0;
  return (at) => {
    if (at < pos) throw new Error('quoteTracker: positions must be asked in increasing order');
    for (; pos < at; pos++) {
      const ch = s[pos];
      if (ch === '"') straight++;
      else if (ch === '“' || ch === '«') open++;
      else if (ch === '”' || ch === '»') open--;
    }
    return straight % 2 === 1 || open > 0;
  };
}

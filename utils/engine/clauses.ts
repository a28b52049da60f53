// Splits a sentence that carries two claims into clauses. Conservative on purpose: a wrong split costs more
// (two half-claims that match nothing) than a missed one (one claim that matches two passages). Where it does
// not cut, a claim's parts are still scored on their own (scoringParts).

const MIN_WORDS = 7;
// Words that open a phrase rather than a clause: a colon before them introduces a list, not a claim.
const PHRASE_OPENERS = /^["“]?(between|of|in|to|from|for|with|on|at|by|including|such|the|a|an|both|either)\b/iu;
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
  for (const m of sentence.matchAll(PAUSES)) {
    const at = m.index + m[0].length;
    if (inQuotes(sentence, m.index)) continue;
    if (m[0][0] === ':' && PHRASE_OPENERS.test(sentence.slice(at))) continue;
    cuts.push(at);
  }
  for (const m of sentence.matchAll(JOINERS)) {
    if (!inQuotes(sentence, m.index)) cuts.push(m.index + 1);
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
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (words(sentence.slice(from, cut)) < MIN_WORDS || words(sentence.slice(cut)) < MIN_WORDS) continue;
    out.push([start + from, start + cut]);
    from = cut;
  }
  out.push([start + from, start + sentence.length]);
  return out;
}

// Cuts inside a quotation would separate the quote from its speaker.
function inQuotes(s: string, at: number): boolean {
  const before = s.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/[“«]/gu) ?? []).length - (before.match(/[”»]/gu) ?? []).length;
  return straight % 2 === 1 || open > 0;
}

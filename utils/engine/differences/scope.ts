// What a marker of firmness is about: the content words after it in its clause. "did not deny the calls'
// authenticity" and "appeared to confirm the authenticity of the recordings" speak of one thing (authenticity);
// "would not comment on the rest" speaks of another, and comparing the two would read as a difference that
// is not there.

import { contentTokens } from '../tokenize';
import { quoteSpans } from './quotes';

/** How many content words after a marker it is taken to govern. */
export const SCOPE_WORDS = 6;
// A clause ends at sentence punctuation, a dash or a comma; what follows is another statement.
const CLAUSE_END = /[,;:.!?—–()]/u;
/** Verbs that only introduce what is hedged ("reportedly show Witkoff advising"): the word after them is. */
export const LIGHT = new Set(['show', 'reveal', 'indic', 'suggest']);
/** Stems are compared by their start, so "advising" (advis) meets "advice" (advic), in any language. */
export const PREFIX = 4;

/** The text a marker ending at `from` governs: to the end of its clause, or to `to` where that is given. */
export function clauseAfter(text: string, from: number, to?: number): string {
  const rest = text.slice(from, to);
  const stop = to === undefined ? rest.search(CLAUSE_END) : -1;
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** The stems of the content words a marker ending at `end` governs, up to the end of its clause. */
export function scopeAfter(text: string, end: number): string[] {
  return contentTokens(clauseAfter(text, end))
    .slice(0, SCOPE_WORDS)
    .map((t) => t.stem);
}

/** How many of `scope`'s stems also occur in `stems`. */
export function shared(scope: string[], stems: ReadonlySet<string>): number {
  return new Set(scope.filter((s) => stems.has(s))).size;
}

/** Whether a position lies inside a quotation: words in quotation marks are the speaker's, not the outlet's. */
export function inQuotation(text: string, at: number): boolean {
  return quoteSpans(text).some((q) => at >= q.start && at < q.end);
}

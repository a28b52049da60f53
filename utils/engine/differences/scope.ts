// What a marker of firmness is about: the content words after it in its clause. "did not deny the calls'
// authenticity" and "appeared to confirm the authenticity of the recordings" speak of one thing (authenticity);
// "would not comment on the rest" speaks of another, and comparing the two would read as a difference that
// is not there.

import { contentTokens } from '../tokenize';
import { quoteSpans } from './quotes';

/** How many content words after a marker it is taken to govern. */
const SCOPE_WORDS = 6;
// A clause ends at sentence punctuation, a dash or a comma; what follows is another statement.
const CLAUSE_END = /[,;:.!?—–()]/u;

/** The stems of the content words a marker ending at `end` governs, up to the end of its clause. */
export function scopeAfter(text: string, end: number): string[] {
  const rest = text.slice(end);
  const stop = rest.search(CLAUSE_END);
  const clause = stop < 0 ? rest : rest.slice(0, stop);
  return contentTokens(clause)
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

// The last resort of quote matching: the page changed a little since the quote was saved (a word edited, a typo
// fixed, punctuation changed). Myers' bit-parallel approximate search (approx-string-match) finds the places
// with fewest edits; context and the position hint pick among them. Bounded so a long page never hangs.
import search from 'approx-string-match';
import type { QuoteMatch, TextQuote } from './types';

/** Share of the quote that may be edited and still be taken as the same passage. */
export const MAX_ERROR_RATE = 0.25;
/** Quotes longer than this are matched on their start and end only, which keeps the search linear. */
const MAX_PATTERN = 256;

/** Similarity in [0, 1] of `context` to the text around a candidate: 1 - edits/length of the best match. */
function contextScore(around: string, context: string | undefined): number {
  if (!context) return 1;
  const found = search(around, context, context.length);
  if (!found.length) return 0;
  return 1 - Math.min(...found.map((m) => m.errors)) / context.length;
}

/** Characters searched beyond the quote's expected span around the hint: a few words edited before it. */
const LOCAL_SLACK = 32;

/** How far from the hint a nearby candidate may be, for `near` to count: beyond this, position says nothing. */
const nearScale = (len: number) => Math.max(100, 2 * len);

/** Approximate occurrences of `pattern`: the best ones in the whole text, and the best one near `hint`. */
function candidates(text: string, pattern: string, maxErrors: number, hint?: number) {
  // Only the fewest-error places are returned text-wide, so a near-identical paragraph elsewhere could hide the
  // edited original; a second search in a window around the position hint brings it back.
  const found = search(text, pattern, maxErrors);
  if (hint === undefined) return found;
  const from = Math.max(0, Math.floor(hint - LOCAL_SLACK - pattern.length / 4));
  const to = Math.min(text.length, Math.ceil(hint + pattern.length * 1.25 + LOCAL_SLACK));
  const local = search(text.slice(from, to), pattern, maxErrors).map((m) => ({
    ...m,
    start: m.start + from,
    end: m.end + from,
  }));
  return [...local, ...found.filter((f) => !local.some((l) => l.start === f.start && l.end === f.end))];
}

/** Finds the best approximate occurrence of `quote.exact` in `text`, or null when none is close enough. */
export function fuzzyMatch(text: string, quote: TextQuote, hint?: number): QuoteMatch | null {
  const { exact } = quote;
  if (exact.length < 8) return null; // Short quotes have too many near misses to be told apart.
  let found: { start: number; end: number; errors: number }[];
  if (exact.length <= MAX_PATTERN) {
    found = candidates(text, exact, Math.floor(exact.length * MAX_ERROR_RATE), hint);
  } else {
    // A long quote: find its head and tail, and pair each head with the nearest tail after it.
    const edge = MAX_PATTERN / 2;
    const k = Math.floor(edge * MAX_ERROR_RATE);
    const heads = candidates(text, exact.slice(0, edge), k, hint);
    const tails = candidates(text, exact.slice(-edge), k, hint === undefined ? undefined : hint + exact.length - edge);
    found = [];
    for (const h of heads) {
      const t = tails.find((t) => t.start >= h.end - edge && t.end - h.start <= exact.length * (1 + MAX_ERROR_RATE));
      if (t && t.end - h.start >= exact.length * (1 - MAX_ERROR_RATE)) {
        found.push({ start: h.start, end: t.end, errors: h.errors + t.errors });
      }
    }
  }
  let best: QuoteMatch | null = null;
  const budget = exact.length <= MAX_PATTERN ? exact.length : MAX_PATTERN;
  for (const m of found.slice(0, 50)) {
    const quoteScore = 1 - m.errors / budget;
    const pre = quote.prefix ? text.slice(Math.max(0, m.start - quote.prefix.length * 2), m.start) : '';
    const suf = quote.suffix ? text.slice(m.end, m.end + quote.suffix.length * 2) : '';
    const near = hint === undefined ? 1 : 1 - Math.min(1, Math.abs(m.start - hint) / nearScale(exact.length));
    // Position weighs as much as each side's context: on a changed page, near-identical passages are common.
    const score =
      (0.4 * quoteScore + 0.2 * contextScore(pre, quote.prefix) + 0.2 * contextScore(suf, quote.suffix) + 0.2 * near) *
      0.8;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best;
}

// Builds and resolves a highlight's W3C selectors against a text (the page body's textContent). Pure: the
// DOM adapter turns Ranges into offsets first (utils/dom/text-position.ts).
import { matchQuote } from '../anchor/match-quote';
import { codePointIndex, type CodePointIndex } from './code-points';
import type { PositionSelector, QuoteSelector } from './types';

/** Characters of context kept on each side, as Hypothesis keeps: enough to tell repeated quotes apart. */
export const CONTEXT_LENGTH = 32;

/** The quote and position selectors for UTF-16 offsets [start, end) of `text`. */
export function describeText(
  text: string,
  start: number,
  end: number,
  index: CodePointIndex = codePointIndex(text),
): { quote: QuoteSelector; position: PositionSelector } {
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { start: index.toCodePoints(start), end: index.toCodePoints(end) },
  };
}

/** Finds a saved highlight in `text`; returns UTF-16 offsets, or null when it is not there (kept as orphan). */
export function resolveSelectors(
  text: string,
  selectors: { quote: QuoteSelector; position?: PositionSelector },
  index: CodePointIndex = codePointIndex(text),
): { start: number; end: number; score: number } | null {
  const { quote, position } = selectors;
  const hint = position ? index.toUtf16(position.start) : undefined;
  // The fast path: the page has not changed, the position still holds the quote.
  if (hint !== undefined && text.startsWith(quote.exact, hint)) {
    return { start: hint, end: hint + quote.exact.length, score: 1 };
  }
  return matchQuote(text, quote, hint);
}

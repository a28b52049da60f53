// Builds and resolves a highlight's W3C selectors against a text (the page body's textContent). Pure: the
// DOM adapter turns Ranges into offsets first (dom/text-position.ts).
import { codePointIndex, type CodePointIndex } from './code-points';
import { quoteAt } from './context';
import { matchQuote } from './match-quote';
import type { PositionSelector, QuoteMatch, QuoteSelector } from './types';

/** The quote and position selectors for UTF-16 offsets [start, end) of `text`. */
export function describeText(
  text: string,
  start: number,
  end: number,
  index: CodePointIndex = codePointIndex(text),
): { quote: QuoteSelector; position: PositionSelector } {
  return {
    quote: quoteAt(text, start, end),
    position: { start: index.toCodePoints(start), end: index.toCodePoints(end) },
  };
}

/** Finds a saved highlight in `text`; returns UTF-16 offsets, or null when it is not there (kept as orphan). */
export function resolveSelectors(
  text: string,
  selectors: { quote: QuoteSelector; position?: PositionSelector },
  index: CodePointIndex = codePointIndex(text),
): QuoteMatch | null {
  const { quote, position } = selectors;
  const hint = position ? index.toUtf16(position.start) : undefined;
  // The fast path: the page has not changed, the position still holds the quote.
  if (hint !== undefined && text.startsWith(quote.exact, hint)) {
    return { start: hint, end: hint + quote.exact.length, score: 1 };
  }
  return matchQuote(text, quote, hint);
}

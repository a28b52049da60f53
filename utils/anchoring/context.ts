// How much of the text around a passage is kept to find it again: one length for saved highlights and for side
// notes' claims, so the two anchor with the same evidence.
import type { QuoteSelector } from './types';

/** Characters of context kept on each side, as Hypothesis keeps: enough to tell repeated quotes apart. */
export const CONTEXT_LENGTH = 32;

/** The quote for UTF-16 offsets [start, end) of `text`, with CONTEXT_LENGTH characters of context each side. */
export function quoteAt(text: string, start: number, end: number): QuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

// The selectors a passage is described by and found again with, as the W3C Web Annotation model names them.
// Highlights store them (utils/highlights/types.ts re-exports them) and export them unchanged as JSON-LD.

/** A passage to find: its text, and where known the text just before and after it. */
export interface TextQuote {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** A W3C TextQuoteSelector as stored: the context is always kept (empty at the edges of a text). */
export interface QuoteSelector extends TextQuote {
  prefix: string;
  suffix: string;
}

/** Code-point offsets into a text, as W3C TextPositionSelectors count: a hint for finding a quote, never trusted
 *  alone. */
export interface PositionSelector {
  start: number;
  end: number;
}

/** Where a quote was found: UTF-16 offsets [start, end) into the text searched. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** 1 for an exact match with matching context; lower for weaker evidence (an approximate match is at most 0.8). */
  score: number;
}

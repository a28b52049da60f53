// Anchoring: describing a passage of a text by W3C selectors, and finding it again in a text that may have
// changed since (exact quote with context, then a position hint, then whitespace- and edit-tolerant matches),
// and linking to it from elsewhere (URL text fragments).
// Pure: no DOM and no extension API, so it runs in the content script, the service worker, scripts and plain
// Vitest alike. The DOM adapter (text ↔ Range) is beside it, in ./dom.
export { anchorAll, type Anchored, type Selected } from './anchor-all';
export { codePointIndex, type CodePointIndex } from './code-points';
export { CONTEXT_LENGTH, quoteAt } from './context';
export { matchQuote } from './match-quote';
export { describeText, resolveSelectors } from './selectors';
export { textFragmentUrl, type FragmentTarget } from './text-fragment';
export type { PositionSelector, QuoteMatch, QuoteSelector, TextQuote } from './types';

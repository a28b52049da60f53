// The DOM adapter of anchoring: a page's text nodes joined into one text (as the pure matcher in ../ reads it)
// and offsets in that text turned into live Ranges and back. Never changes the page.
export { anchorClaims, type ClaimSpan } from './claim-ranges';
export { offsetsFromRange, rangeFromOffsets, textNodesWithOffsets, type TextMap } from './text-position';
export { visibleTextMap } from './visible-text-map';

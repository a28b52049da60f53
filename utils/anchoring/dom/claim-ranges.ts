import { quoteAt } from '../context';
import { matchQuote } from '../match-quote';
import { rangeFromOffsets, type TextMap } from './text-position';

// Maps claims, found by offsets in the extracted article text, onto the live page. The extracted text is a
// cleaned copy, so offsets do not carry over; each claim is found again as a quote, with the words around it
// in the extracted text as prefix and suffix and the previous claim's end as the position hint.

export interface ClaimSpan {
  start: number;
  end: number;
}

/** A Range on the page for each claim (null where it cannot be found), in the claims' order. */
export function anchorClaims(root: Node, map: TextMap, articleText: string, claims: readonly ClaimSpan[]) {
  const ranges: (Range | null)[] = [];
  let hint = 0;
  for (const claim of claims) {
    const quote = quoteAt(articleText, claim.start, claim.end);
    const found = quote.exact.trim() ? matchQuote(map.text, quote, hint) : null;
    const range = found ? rangeFromOffsets(root, found.start, found.end, map) : null;
    if (found && range) hint = found.end;
    ranges.push(range);
  }
  return ranges;
}

import { rewordedSpans } from '@/utils/engine';

// Splits one outlet's rendering of a quotation into runs of text, marking the words the other outlet renders
// differently, so a note can show both quotations whole and still point the eye at what changed.

export interface WordingSegment {
  text: string;
  reworded: boolean;
}

/** Splits `quote` into segments, marking the words that `other` words differently. */
export function rewordedSegments(quote: string, other: string): WordingSegment[] {
  const out: WordingSegment[] = [];
  let at = 0;
  for (const { start, end } of rewordedSpans(quote, other)) {
    if (start > at) out.push({ text: quote.slice(at, start), reworded: false });
    out.push({ text: quote.slice(start, end), reworded: true });
    at = end;
  }
  if (at < quote.length) out.push({ text: quote.slice(at), reworded: false });
  return out;
}

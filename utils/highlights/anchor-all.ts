// Re-anchors many highlights in one text with one code-point index: the cost of a page visit is one scan of the
// text plus, per highlight, a position check (unchanged pages) or a quote search (changed ones).
import { codePointIndex } from './code-points';
import { resolveSelectors } from './selectors';
import type { Highlight } from './types';

export interface Anchored {
  highlight: Highlight;
  /** UTF-16 offsets into the text, or null when the highlight is not on the page (an orphan, kept). */
  span: { start: number; end: number } | null;
}

/** Finds each highlight in `text`; order is kept, orphans are returned with a null span, never dropped. */
export function anchorAll(text: string, highlights: readonly Highlight[]): Anchored[] {
  const index = codePointIndex(text);
  return highlights.map((highlight) => {
    const m = resolveSelectors(text, highlight, index);
    return { highlight, span: m ? { start: m.start, end: m.end } : null };
  });
}

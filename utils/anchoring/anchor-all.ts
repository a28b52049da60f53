// Re-anchors many saved quotes in one text with one code-point index: the cost of a page visit is one scan of the
// text plus, per quote, a position check (unchanged pages) or a quote search (changed ones).
import { codePointIndex } from './code-points';
import { resolveSelectors } from './selectors';
import type { PositionSelector, QuoteSelector } from './types';

/** Anything anchored by its selectors (a saved highlight). */
export interface Selected {
  quote: QuoteSelector;
  position?: PositionSelector;
}

export interface Anchored<T extends Selected> {
  item: T;
  /** UTF-16 offsets into the text, or null when the item is not on the page (an orphan, kept). */
  span: { start: number; end: number } | null;
}

/** Finds each item in `text`; order is kept, orphans are returned with a null span, never dropped. */
export function anchorAll<T extends Selected>(text: string, items: readonly T[]): Anchored<T>[] {
  const index = codePointIndex(text);
  return items.map((item) => {
    const m = resolveSelectors(text, item, index);
    return { item, span: m ? { start: m.start, end: m.end } : null };
  });
}

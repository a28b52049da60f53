import { adoptedSheet, type AdoptedSheet } from '@/utils/dom/adopted-sheet';
import { anchorAll } from '@/utils/anchoring';
import { rangeFromOffsets, textNodesWithOffsets } from '@/utils/anchoring/dom';
import type { Highlight as Saved } from '@/utils/highlights/types';
import { PENDING, SAVED, SAVED_CSS } from './style';

// Anchors highlights in the live page and draws them with the CSS Custom Highlight API: the page's DOM is never
// changed. Their style is a sheet the document adopts (style.ts), made at the first draw.

let sheet: AdoptedSheet | null = null;

export interface DrawResult {
  found: Saved[];
  orphans: Saved[];
  ms: number;
}

/** Finds `saved` (and `pending`, drawn apart) in document.body and draws them; returns what was found. */
export function anchorAndDraw(saved: readonly Saved[], pending: readonly Saved[] = []): DrawResult {
  const t0 = performance.now();
  const root = document.body;
  const map = textNodesWithOffsets(root);
  const toRanges = (list: readonly Saved[]) => {
    const ranges: Range[] = [];
    const found: Saved[] = [];
    const orphans: Saved[] = [];
    for (const { item: highlight, span } of anchorAll(map.text, list)) {
      const range = span && rangeFromOffsets(root, span.start, span.end, map);
      if (range) {
        ranges.push(range);
        found.push(highlight);
      } else orphans.push(highlight);
    }
    return { ranges, found, orphans };
  };
  const a = toRanges(saved);
  const b = toRanges(pending);
  (sheet ??= adoptedSheet(document, SAVED_CSS)).adopt();
  CSS.highlights.set(SAVED, new Highlight(...a.ranges));
  if (b.ranges.length) CSS.highlights.set(PENDING, new Highlight(...b.ranges));
  else CSS.highlights.delete(PENDING);
  return { found: a.found, orphans: a.orphans, ms: performance.now() - t0 };
}

/** Removes everything this drawer drew. */
export function clearDrawing(): void {
  CSS.highlights.delete(SAVED);
  CSS.highlights.delete(PENDING);
  sheet?.remove();
}

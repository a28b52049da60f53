import { describeText } from '@/utils/anchoring';
import { offsetsFromRange, textNodesWithOffsets } from '@/utils/anchoring/dom';
import { canonicalHref, readPageMeta } from '@/utils/dom/page-meta';
import type { MessageOf } from '@/utils/messages';

// Turns a range of the page (the reader's selection, or a side note's claim) into a save-highlight message:
// selectors against document.body's text (the same text the drawer anchors in), the page's rel=canonical and
// what the page says about itself. The page's own address is the browser's to tell the background.

/** The save message for a range of the page, or null when it holds none of the page's text. */
export function rangeToHighlightMessage(range: Range): MessageOf<'save-highlight'> | null {
  const map = textNodesWithOffsets(document.body);
  const offsets = offsetsFromRange(document.body, range, map);
  if (!offsets) return null;
  let [start, end] = offsets;
  // A double-click or a drag often takes a space or a line break at either end; a highlight should not.
  while (start < end && /\s/.test(map.text[start]!)) start++;
  while (end > start && /\s/.test(map.text[end - 1]!)) end--;
  if (end <= start || end - start > 20_000) return null;
  const { quote, position } = describeText(map.text, start, end);
  const canonical = canonicalHref();
  return {
    type: 'save-highlight',
    ...(canonical ? { canonical } : {}),
    quote,
    position,
    page: readPageMeta(),
  };
}

/** The save message for the current selection, or null when nothing (or nothing in the page's text) is selected. */
export function selectionToMessage(): MessageOf<'save-highlight'> | null {
  const sel = getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  return rangeToHighlightMessage(sel.getRangeAt(0));
}

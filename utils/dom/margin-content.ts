import type { Box } from './claim-geometry';

// What of the page's own content lies where the rail would go. News sites fill the margin beside the article
// with a sidebar (a newsletter sign-up, "the day in brief", the latest items); a rail drawn over it hides it.
// Read-only: it measures, never changes, the page.

/** Elements that are content by themselves, text or not. */
const SOLID = 'img, svg, video, canvas, iframe, object, embed, input, select, textarea, button';
/** Overlaps smaller than this (px, each way) are a shadow or a border's edge, not content under the rail. */
const MIN_OVERLAP = 8;
/** Elements looked at, at most: a bound on a page with an enormous DOM (it then counts as free). */
const MAX_ELEMENTS = 30_000;

export interface Extent {
  left: number;
  right: number;
}

const overlap = (a: DOMRect, b: Box) =>
  Math.min(a.right, b.left + b.width) - Math.max(a.left, b.left) >= MIN_OVERLAP &&
  Math.min(a.bottom, b.top + b.height) - Math.max(a.top, b.top) >= MIN_OVERLAP;

/** The element's own text (not its children's), as line boxes: a block's box is often wider than its words. */
function ownTextRects(el: Element): DOMRect[] {
  const rects: DOMRect[] = [];
  for (const node of el.childNodes) {
    if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    rects.push(...range.getClientRects());
  }
  return rects;
}

const hasOwnText = (el: Element) =>
  [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && !!n.textContent?.trim());

/** Fixed and sticky things (headers, cookie bars) move with the window, not with the margin beside the text:
 *  where they happen to be now says nothing about what the rail covers further down. */
function floats(el: Element): boolean {
  for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
    const position = getComputedStyle(e).position;
    if (position === 'fixed' || position === 'sticky') return true;
  }
  return false;
}

const visible = (el: Element) =>
  typeof el.checkVisibility !== 'function' || el.checkVisibility({ opacityProperty: true, visibilityProperty: true });

/**
 * The horizontal extent of the page's visible content inside `box` (window coordinates), or null when none is
 * there. `skip` (Sidelight's own host) and what is inside it are not the page's.
 */
export function contentIn(box: Box, skip: Element, root: Element = document.body): Extent | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, {
    acceptNode: (n) => (n === skip ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let left = Infinity;
  let right = -Infinity;
  let budget = MAX_ELEMENTS;
  for (let n = walker.nextNode(); n && budget-- > 0; n = walker.nextNode()) {
    const el = n as Element;
    const solid = el.matches(SOLID);
    if (!solid && !hasOwnText(el)) continue;
    if (!overlap(el.getBoundingClientRect(), box)) continue;
    const rects = (solid ? [el.getBoundingClientRect()] : ownTextRects(el)).filter((r) => overlap(r, box));
    if (!rects.length || !visible(el) || floats(el)) continue;
    for (const r of rects) [left, right] = [Math.min(left, r.left), Math.max(right, r.right)];
  }
  return Number.isFinite(left) ? { left, right } : null;
}

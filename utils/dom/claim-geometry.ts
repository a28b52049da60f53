// Where claims sit on the page, in the coordinates of Sidelight's overlay host (which moves with the document,
// so positions stay right while scrolling). Read-only: it measures, never changes, the page.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PageGeometry {
  /** Per claim: its line boxes relative to the host, or null when it is not rendered (hidden, detached). */
  claims: (Box[] | null)[];
  /** The text column the claims sit in: left and right edge relative to the host. */
  columnLeft: number;
  columnRight: number;
  /** The window's width, and the host's left edge in it, for deciding whether a rail fits. */
  viewportWidth: number;
  hostLeft: number;
}

const BLOCK = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, figcaption, dd, td, pre';

function blockOf(range: Range): Element | null {
  const node = range.startContainer;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return el?.closest(BLOCK) ?? el;
}

/** Measures claims' line boxes and their column relative to `host`. */
export function measureClaims(ranges: readonly (Range | null)[], host: Element): PageGeometry {
  const origin = host.getBoundingClientRect();
  let columnLeft = Infinity;
  let columnRight = -Infinity;
  const seen = new Set<Element>();
  const claims = ranges.map((range) => {
    if (!range || !range.startContainer.isConnected) return null;
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (!rects.length) return null;
    const block = blockOf(range);
    if (block && !seen.has(block)) {
      seen.add(block);
      const b = block.getBoundingClientRect();
      columnLeft = Math.min(columnLeft, b.left - origin.left);
      columnRight = Math.max(columnRight, b.right - origin.left);
    }
    return rects.map((r) => ({
      left: r.left - origin.left,
      top: r.top - origin.top,
      width: r.width,
      height: r.height,
    }));
  });
  if (!Number.isFinite(columnRight)) [columnLeft, columnRight] = [0, 0];
  return {
    claims,
    columnLeft,
    columnRight,
    viewportWidth: document.documentElement.clientWidth,
    hostLeft: origin.left,
  };
}

/** The index of the claim whose line boxes contain the point (host coordinates), or -1. */
export function claimAt(geometry: PageGeometry, x: number, y: number): number {
  return geometry.claims.findIndex(
    (boxes) => boxes?.some((b) => x >= b.left && x <= b.left + b.width && y >= b.top && y <= b.top + b.height) ?? false,
  );
}

import { layoutRail, type RailAnchor, type RailGroup } from './layout';

// Decides where the notes go: a rail in a margin beside the article column (the right one in left-to-right
// layouts, often the left one in right-to-left ones), or, when the reader folded it, the page's own content
// fills the margin, or neither margin has room, small markers at the column's edge that open a panel.
// Coordinates are the overlay host's; pure, so it is unit-tested. Which slot is free of the page's content is
// measured in the page (entrypoints/article.content/choose-rail.ts).

/** The rail's fixed metrics (px); the stylesheet uses the same numbers. `header` is the rail's top bar (the
 *  fold control and the legend's button). */
export const RAIL = {
  width: 300,
  gutter: 16,
  rowHeight: 30,
  groupPadding: 10,
  gap: 8,
  marker: 26,
  header: 30,
} as const;

export interface Column {
  columnLeft: number;
  columnRight: number;
  viewportWidth: number;
  /** The host's left edge in the window: host x + hostLeft = window x. */
  hostLeft: number;
}

/** A place for the rail: its left edge (host coordinates) and which side of the column it is on. */
export interface RailSlot {
  left: number;
  side: 'right' | 'left';
}

export interface Placement {
  mode: 'rail' | 'inline';
  /** The rail's (or the markers') left edge, host coordinates. */
  left: number;
  groups: RailGroup[];
  /** Where the control that folds or opens the rail sits (host coordinates), above the first note: only in
   *  windows with room for a rail; null in narrow ones, where markers are all there is room for. */
  toggle: { left: number; top: number } | null;
}

/** Where a rail may go, nearest the column first: right of it, then left of it; only slots inside the window. */
export function railSlots(c: Column): RailSlot[] {
  const need = RAIL.width + 2 * RAIL.gutter;
  const slots: RailSlot[] = [];
  if (c.viewportWidth - (c.hostLeft + c.columnRight) >= need)
    slots.push({ left: c.columnRight + RAIL.gutter, side: 'right' });
  if (c.hostLeft + c.columnLeft >= need) slots.push({ left: c.columnLeft - RAIL.gutter - RAIL.width, side: 'left' });
  return slots;
}

/** The next slot on the same side past the page's content that covers `slot` (its extent `blocker`, host
 *  coordinates), or null when that leaves the window. */
export function slotPast(c: Column, slot: RailSlot, blocker: { left: number; right: number }): RailSlot | null {
  if (slot.side === 'right') {
    const left = Math.max(slot.left, blocker.right + RAIL.gutter);
    return c.hostLeft + left + RAIL.width + RAIL.gutter <= c.viewportWidth ? { left, side: 'right' } : null;
  }
  const left = Math.min(slot.left, blocker.left - RAIL.gutter - RAIL.width);
  return c.hostLeft + left >= RAIL.gutter ? { left, side: 'left' } : null;
}

/** The rail's box (host coordinates) at `left` for these claims, for measuring what it would cover. */
export function railBox(anchors: readonly RailAnchor[], left: number) {
  const tops = anchors.map((a) => a.top);
  const top = Math.max(0, Math.min(...tops) - RAIL.header - RAIL.gap);
  const bottom = Math.max(...tops) + RAIL.rowHeight + RAIL.groupPadding;
  return { left, top, width: RAIL.width, height: Math.max(0, bottom - top) };
}

/**
 * Places notes for claims whose tops are given: a rail at `railLeft` (host coordinates), or markers at the
 * column's edge when it is null (folded). Left out, the rail takes the nearest slot with room, if any.
 */
export function placeNotes(
  anchors: readonly RailAnchor[],
  c: Column,
  railLeft: number | null = railSlots(c)[0]?.left ?? null,
): Placement {
  const roomForRail = railSlots(c).length > 0;
  const first = anchors.length ? Math.min(...anchors.map((a) => a.top)) : 0;
  // The toggle (or the rail's top bar) sits above the first note; notes start below it, never under it.
  const bar = railLeft !== null ? RAIL.header : RAIL.marker;
  const toggleTop = Math.max(0, first - bar - RAIL.gap);
  const below = (min: number) => anchors.map((a) => ({ ...a, top: Math.max(a.top, min) }));
  if (railLeft !== null) {
    const metrics = { rowHeight: RAIL.rowHeight, groupPadding: RAIL.groupPadding, gap: RAIL.gap };
    const groups = layoutRail(below(toggleTop + bar + RAIL.gap), metrics);
    return { mode: 'rail', left: railLeft, groups, toggle: { left: railLeft, top: toggleTop } };
  }
  // Markers: one per group of nearby claims, in the wider margin, kept inside the window.
  const rightRoom = c.viewportWidth - (c.hostLeft + c.columnRight);
  const leftRoom = c.hostLeft + c.columnLeft;
  const markerMetrics = { rowHeight: RAIL.marker, groupPadding: 0, gap: RAIL.marker };
  const minLeft = -c.hostLeft + 2;
  const maxLeft = c.viewportWidth - c.hostLeft - RAIL.marker - 2;
  const wanted = rightRoom >= leftRoom ? c.columnRight + 4 : c.columnLeft - RAIL.marker - 4;
  const left = Math.min(maxLeft, Math.max(minLeft, wanted));
  const start = roomForRail ? toggleTop + bar + RAIL.gap : 0;
  const groups = layoutRail(below(start), markerMetrics).map((g) => ({ ...g, height: RAIL.marker }));
  return { mode: 'inline', left, groups, toggle: roomForRail ? { left, top: toggleTop } : null };
}

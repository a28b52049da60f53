import { layoutRail, type RailAnchor, type RailGroup } from './layout';

// Decides where the notes go: a rail in whichever margin beside the article column has room (the right one in
// left-to-right layouts, often the left one in right-to-left ones), or, when neither has, small markers at the
// column's edge that open a panel. Coordinates are the overlay host's; pure, so it is unit-tested.

/** The rail's fixed metrics (px); the stylesheet uses the same numbers. */
export const RAIL = { width: 300, gutter: 16, rowHeight: 30, groupPadding: 10, gap: 8, marker: 26 } as const;

export interface Column {
  columnLeft: number;
  columnRight: number;
  viewportWidth: number;
  /** The host's left edge in the window: host x + hostLeft = window x. */
  hostLeft: number;
}

export interface Placement {
  mode: 'rail' | 'inline';
  /** The rail's (or the markers') left edge, host coordinates. */
  left: number;
  groups: RailGroup[];
}

/** Places notes for claims whose tops are given, beside the article column. */
export function placeNotes(anchors: readonly RailAnchor[], c: Column): Placement {
  const need = RAIL.width + 2 * RAIL.gutter;
  const rightRoom = c.viewportWidth - (c.hostLeft + c.columnRight);
  const leftRoom = c.hostLeft + c.columnLeft;
  const metrics = { rowHeight: RAIL.rowHeight, groupPadding: RAIL.groupPadding, gap: RAIL.gap };
  if (rightRoom >= need)
    return { mode: 'rail', left: c.columnRight + RAIL.gutter, groups: layoutRail(anchors, metrics) };
  if (leftRoom >= need) {
    return { mode: 'rail', left: c.columnLeft - RAIL.gutter - RAIL.width, groups: layoutRail(anchors, metrics) };
  }
  // Markers: one per group of nearby claims, in the wider margin, kept inside the window.
  const markerMetrics = { rowHeight: RAIL.marker, groupPadding: 0, gap: RAIL.marker };
  const groups = layoutRail(anchors, markerMetrics).map((g) => ({ ...g, height: RAIL.marker }));
  const minLeft = -c.hostLeft + 2;
  const maxLeft = c.viewportWidth - c.hostLeft - RAIL.marker - 2;
  const wanted = rightRoom >= leftRoom ? c.columnRight + 4 : c.columnLeft - RAIL.marker - 4;
  return { mode: 'inline', left: Math.min(maxLeft, Math.max(minLeft, wanted)), groups };
}

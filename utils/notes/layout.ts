// Where each note goes in the rail: beside its claim, or folded into a group with its neighbours when their
// rows would collide. Groups never overlap and never drift: a group starts at its first claim and a claim joins
// it only if its own row would otherwise overlap the group. Pure, so it is unit-tested without a browser.

import { byCodeUnits } from '../code-order';

export interface RailAnchor {
  id: string;
  /** The claim's top, in the rail's coordinates (px). */
  top: number;
}

export interface RailGroup {
  ids: string[];
  /** Where the group is drawn (px). */
  top: number;
  height: number;
}

export interface RailMetrics {
  /** Height of one note row. */
  rowHeight: number;
  /** Padding added once to every group (borders, inner padding). */
  groupPadding: number;
  /** Minimum space between groups. */
  gap: number;
}

/** Lays out notes beside their claims; anchors may come in any order. */
export function layoutRail(anchors: readonly RailAnchor[], m: RailMetrics): RailGroup[] {
  const sorted = [...anchors].sort((a, b) => a.top - b.top || byCodeUnits(a.id, b.id));
  const groups: RailGroup[] = [];
  for (const anchor of sorted) {
    const last = groups[groups.length - 1];
    if (last && anchor.top < last.top + last.height + m.gap) {
      last.ids.push(anchor.id);
      last.height += m.rowHeight;
      continue;
    }
    groups.push({ ids: [anchor.id], top: Math.max(0, anchor.top), height: m.rowHeight + m.groupPadding });
  }
  return groups;
}

/** True when the article's right edge leaves room for the rail inside the window (else notes fold). */
export function railFits(articleRight: number, viewportWidth: number, railWidth: number, gutter: number): boolean {
  return articleRight + gutter + railWidth + gutter <= viewportWidth;
}

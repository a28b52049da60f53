import { describe, expect, it } from 'vitest';
import { placeNotes, RAIL, railBox, railSlots, slotPast } from '@/utils/notes/placement';

const anchors = [
  { id: 'a', top: 100 },
  { id: 'b', top: 110 },
  { id: 'c', top: 600 },
];

describe('note placement', () => {
  it('puts the rail right of the column when the right margin has room', () => {
    const p = placeNotes(anchors, { columnLeft: 100, columnRight: 800, viewportWidth: 1400, hostLeft: 0 });
    expect(p.mode).toBe('rail');
    expect(p.left).toBe(800 + RAIL.gutter);
    expect(p.groups.map((g) => g.ids)).toEqual([['a', 'b'], ['c']]);
  });

  it('uses the left margin when only it has room (right-to-left layouts)', () => {
    const p = placeNotes(anchors, { columnLeft: 500, columnRight: 1300, viewportWidth: 1400, hostLeft: 0 });
    expect(p.mode).toBe('rail');
    expect(p.left + RAIL.width).toBeLessThanOrEqual(500 - RAIL.gutter);
  });

  it('folds into markers kept inside the window when neither margin has room', () => {
    const p = placeNotes(anchors, { columnLeft: 10, columnRight: 590, viewportWidth: 600, hostLeft: 0 });
    expect(p.mode).toBe('inline');
    expect(p.left).toBeLessThanOrEqual(600 - RAIL.marker - 2);
    expect(p.left).toBeGreaterThanOrEqual(2);
    expect(p.groups.every((g) => g.height === RAIL.marker)).toBe(true);
  });

  it('offers slots right of the column, then left of it, only inside the window', () => {
    const wide = { columnLeft: 400, columnRight: 1100, viewportWidth: 1920, hostLeft: 0 };
    expect(railSlots(wide)).toEqual([
      { left: 1100 + RAIL.gutter, side: 'right' },
      { left: 400 - RAIL.gutter - RAIL.width, side: 'left' },
    ]);
    expect(railSlots({ columnLeft: 10, columnRight: 590, viewportWidth: 600, hostLeft: 0 })).toEqual([]);
  });

  it('moves a slot past the content that covers it, while it stays in the window', () => {
    const c = { columnLeft: 400, columnRight: 1100, viewportWidth: 1920, hostLeft: 0 };
    const right = railSlots(c)[0]!;
    // A sidebar from 1150 to 1450: the rail goes past it, a gutter from it.
    expect(slotPast(c, right, { left: 1150, right: 1450 })).toEqual({ left: 1450 + RAIL.gutter, side: 'right' });
    // Past a sidebar reaching 1700 there is no room for the rail: none.
    expect(slotPast(c, right, { left: 1150, right: 1700 })).toBeNull();
    const left = railSlots(c)[1]!;
    expect(slotPast(c, left, { left: 60, right: 380 })).toBeNull();
  });

  it('folds into markers when asked (no rail slot), with the fold control above the first note', () => {
    const c = { columnLeft: 100, columnRight: 800, viewportWidth: 1400, hostLeft: 0 };
    const rail = placeNotes(anchors, c);
    expect(rail.toggle).toEqual({ left: rail.left, top: 100 - RAIL.header - RAIL.gap });
    const folded = placeNotes(anchors, c, null);
    expect(folded.mode).toBe('inline');
    expect(folded.left).toBe(800 + 4);
    expect(folded.toggle).toEqual({ left: folded.left, top: 100 - RAIL.marker - RAIL.gap });
    // No marker is drawn under the control.
    expect(folded.groups[0]!.top).toBeGreaterThanOrEqual(folded.toggle!.top + RAIL.marker);
    // In a narrow window there is no rail to open: no control.
    expect(placeNotes(anchors, { ...c, columnLeft: 10, columnRight: 590, viewportWidth: 600 }).toggle).toBeNull();
  });

  it('keeps the rail’s top bar clear of a claim at the very top of the page', () => {
    const p = placeNotes([{ id: 'a', top: 5 }], {
      columnLeft: 100,
      columnRight: 800,
      viewportWidth: 1400,
      hostLeft: 0,
    });
    expect(p.toggle!.top).toBe(0);
    expect(p.groups[0]!.top).toBe(RAIL.header + RAIL.gap);
  });

  it('measures the rail’s box from its top bar to its last note', () => {
    expect(railBox(anchors, 816)).toEqual({
      left: 816,
      top: 100 - RAIL.header - RAIL.gap,
      width: RAIL.width,
      height: 600 + RAIL.rowHeight + RAIL.groupPadding - (100 - RAIL.header - RAIL.gap),
    });
  });
});

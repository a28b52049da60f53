import { describe, expect, it } from 'vitest';
import { placeNotes, RAIL } from '@/utils/notes/placement';

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
});

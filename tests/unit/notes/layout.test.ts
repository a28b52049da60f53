import { describe, expect, it } from 'vitest';
import { layoutRail, railFits } from '@/utils/notes/layout';

const m = { rowHeight: 30, groupPadding: 10, gap: 8 };

describe('rail layout', () => {
  it('puts distant notes beside their claims', () => {
    const groups = layoutRail(
      [
        { id: 'b', top: 400 },
        { id: 'a', top: 100 },
      ],
      m,
    );
    expect(groups).toEqual([
      { ids: ['a'], top: 100, height: 40 },
      { ids: ['b'], top: 400, height: 40 },
    ]);
  });

  it('groups claims whose rows would collide, and groups never overlap', () => {
    const anchors = [0, 20, 45, 200, 210, 1000].map((top, i) => ({ id: `c${i}`, top }));
    const groups = layoutRail(anchors, m);
    expect(groups.map((g) => g.ids)).toEqual([['c0', 'c1', 'c2'], ['c3', 'c4'], ['c5']]);
    for (let i = 1; i < groups.length; i++) {
      expect(groups[i]!.top).toBeGreaterThanOrEqual(groups[i - 1]!.top + groups[i - 1]!.height + m.gap);
    }
    expect(groups[1]!.top).toBe(200);
  });

  it('never places a group above the rail', () => {
    expect(layoutRail([{ id: 'x', top: -50 }], m)[0]!.top).toBe(0);
  });

  it('folds the rail when the window is too narrow', () => {
    expect(railFits(800, 1400, 300, 24)).toBe(true);
    expect(railFits(800, 1000, 300, 24)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { alignStory } from '@/utils/coverage/align-story';
import { buildCoverage } from '@/utils/coverage/matrix';
import type { Coverage } from '@/utils/coverage/types';
import { readWire, toWire } from '@/utils/coverage/wire';
import { index, pack } from '../engine/embedded';

// The coverage travels to its page without the words it can read again from the article texts (wire.ts): what
// arrives must be the matrix the service worker built, word for word.

const texts = new Map(pack.articles.map((a) => [a.id, a.text]));
const textOf = (id: string) => texts.get(id);

describe('the coverage on its way to the page', () => {
  const coverage = buildCoverage(pack, alignStory(index, pack));

  it('arrives whole, and quotes no passage the article texts hold', () => {
    const wire = toWire(coverage, textOf);
    expect(readWire(wire)).toEqual(coverage);
    // The embedded story has sources its notes link only as probably the same claim: they arrive so.
    expect(coverage.rows.some((r) => Object.values(r.cells).some((c) => c.probable))).toBe(true);
    // A cell is [column, state, kinds, passage?, probable?], a passage [article, start, end, words?].
    const sent = JSON.parse(wire) as { rows: { text?: string; cells: unknown[][] }[] };
    expect(sent.rows.filter((r) => r.text !== undefined)).toEqual([]);
    const passages = sent.rows.flatMap((r) => r.cells.flatMap((c) => (c[3] ? [c[3] as unknown[]] : [])));
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.filter((p) => p.length !== 3)).toEqual([]);
    expect(wire.length).toBeLessThan(JSON.stringify(coverage).length);
  });

  it('keeps a text that is not its article’s at its offsets, or whose article it does not have', () => {
    const row = coverage.rows.find((r) => Object.values(r.cells).some((c) => c.passage))!;
    const [column, cell] = Object.entries(row.cells).find(([, c]) => c.passage)!;
    const changed: Coverage = {
      ...coverage,
      rows: [
        {
          ...row,
          text: `${row.text} (reworded)`,
          cells: { ...row.cells, [column]: { ...cell, passage: { ...cell.passage!, text: 'Words of its own.' } } },
        },
      ],
    };
    expect(readWire(toWire(changed, textOf))).toEqual(changed);
    expect(readWire(toWire(coverage, () => undefined))).toEqual(coverage);
  });
});

import { describe, expect, it } from 'vitest';
import { importSummary, planHighlightImport, resolveImport } from '@/utils/export/import-merge';
import type { Highlight } from '@/utils/highlights/types';
import { sample } from '../store/helpers';

// Issue 18, "JSON-LD import tells the truth": an id the library has already is never overwritten or skipped
// unasked. Identical records are left alone; differing ones are resolved by the person's choice.

const stored = (...list: Highlight[]) => new Map(list.map((h) => [h.id, h]));
const ids = (list: Highlight[]) => list.map((h) => h.id);

describe('planning an import against the library', () => {
  const libraryNewer = { ...sample(1), comment: 'edited in the library', updated: 5_000 };
  const fileNewer = { ...sample(2), comment: 'edited in the file', updated: 9_000 };
  const library = stored(libraryNewer, { ...sample(2), updated: 1_000 }, sample(3));
  const file = [{ ...sample(1), updated: 1_000 }, fileNewer, sample(3), sample(4)];
  const plan = planHighlightImport(file, library);

  it('sorts the file into new, already there (identical, whatever the key order) and in conflict', () => {
    const reordered = Object.fromEntries(Object.entries(sample(3)).reverse()) as unknown as Highlight;
    expect(planHighlightImport([reordered], library)).toMatchObject({ fresh: [], unchanged: 1, conflicts: [] });
    expect(ids(plan.fresh)).toEqual(['id-00004']);
    expect(plan.unchanged).toBe(1);
    expect(plan.conflicts.map((c) => c.incoming.id)).toEqual(['id-00001', 'id-00002']);
  });

  it('"keep the newer" writes the file’s record only where it changed later', () => {
    const { write, kept } = resolveImport(plan, 'newer', () => 'never');
    expect(write).toEqual([sample(4), fileNewer]);
    expect(kept).toBe(1);
    // A tie keeps the library's.
    const tie = planHighlightImport([{ ...libraryNewer, comment: 'other' }], library);
    expect(resolveImport(tie, 'newer', () => 'never')).toEqual({ write: [], kept: 1 });
  });

  it('"replace" writes every record of the file; "keep both" gives the file’s a new id', () => {
    expect(ids(resolveImport(plan, 'replace', () => 'never').write)).toEqual(['id-00004', 'id-00001', 'id-00002']);
    let n = 0;
    const both = resolveImport(plan, 'both', () => `copy-${++n}`);
    expect(ids(both.write)).toEqual(['id-00004', 'copy-1', 'copy-2']);
    expect(both.write[2]).toEqual({ ...fileNewer, id: 'copy-2' });
    expect(both.kept).toBe(0);
  });

  it('says what was written, what was there already and what was kept', () => {
    expect(importSummary(plan, 2, 1)).toBe(
      'Imported 2. 1 already in the library, unchanged. 1 kept as the library had it.',
    );
    expect(importSummary({ fresh: [], unchanged: 0, conflicts: [] }, 3, 0)).toBe('Imported 3.');
  });
});

import type { Coverage, CoverageCell, CoverageRow } from './types';

// Reading a coverage matrix: its articles by id, and a row's cell for a source (silence is not stored).

/** Every article of the coverage (sources and their copies) by id, with its outlet and address. */
export function articlesOf(coverage: Coverage): Map<string, { outlet: string; url: string | null }> {
  const out = new Map<string, { outlet: string; url: string | null }>();
  for (const c of coverage.columns)
    for (const a of [c, ...c.copies]) out.set(a.articleId, { outlet: a.outlet, url: a.url });
  return out;
}

const SILENT: CoverageCell = { state: 'silent', kinds: [] };

/** What source `column` says about `row`'s claim. */
export const cellAt = (row: CoverageRow, column: number): CoverageCell => row.cells[column] ?? SILENT;

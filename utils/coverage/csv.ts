import { csvCell } from '../export/csv';
import { cellAt } from './lookup';
import type { Coverage, CoverageCell } from './types';

// The coverage matrix as CSV (RFC 4180): one row per claim, one column per source, for spreadsheets.

function describe(cell: CoverageCell): string {
  const probably = cell.probable ? ' (probably)' : '';
  switch (cell.state) {
    case 'agrees':
      return `agrees${probably}`;
    case 'differs':
      return `differs${probably}: ${cell.kinds.join(', ')}`;
    case 'alone':
      return 'only this source';
    case 'silent':
      return '';
  }
}

/** The matrix with a header row (claim, number of sources, then each source's outlet) and CRLF line ends. */
export function coverageToCsv(coverage: Coverage): string {
  const head = [
    'claim',
    'sources',
    ...coverage.columns.map((c) => (c.copies.length ? `${c.outlet} (+${c.copies.length} copies)` : c.outlet)),
  ];
  const rows = coverage.rows.map((r) => [
    r.text,
    String(r.sources),
    ...coverage.columns.map((_, c) => describe(cellAt(r, c))),
  ]);
  return [head, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

import { useState } from 'preact/hooks';
import { articlesOf, cellAt } from '@/utils/coverage/lookup';
import type { Coverage, CoverageCell, CoverageColumn } from '@/utils/coverage/types';
import { textFragmentUrl } from '@/utils/anchoring';
import { formatNumber, t, tn, type MessageKey } from '@/utils/browser/i18n';

// Claims down the side, sources across the top. A real table, so screen readers announce each cell with its
// row (the claim) and column (the source); every cell says its state in words, not by colour alone.

/**
 * Cells drawn at first and per "Show more": a story of 200 articles has a thousand claims by 200 sources, and
 * a quarter of a million table cells would take seconds to lay out. Small stories show every row at once.
 */
const CELLS_PER_PAGE = 2000;
/** Rows that fill the table's first screen, drawn however many sources there are. */
const SCREENFUL = 10;

type ReportedState = Exclude<CoverageCell['state'], 'silent'>;

const SYMBOL: Record<ReportedState, string> = { agrees: '✓', differs: '≠', alone: '●' };

/** The differences' kinds in a cell, in short words ("date, quote"). */
const KINDS: Record<string, MessageKey> = {
  quote: 'coverage_kind_quote',
  number: 'coverage_kind_number',
  date: 'coverage_kind_date',
  title: 'coverage_kind_title',
  attribution: 'coverage_kind_attribution',
  hedging: 'coverage_kind_hedging',
  stance: 'coverage_kind_stance',
};
const kindWords = (kinds: string[]) => kinds.map((k) => (KINDS[k] ? t(KINDS[k]) : k)).join(', ');

/** What a reported cell says, in words; "probably" where the notes link the source only as probably the same claim. */
function cellLabel(state: ReportedState, { kinds, probable }: CoverageCell, column: CoverageColumn): string {
  switch (state) {
    case 'agrees':
      return t(probable ? 'coverage_cellProbablyAgrees' : 'coverage_cellAgrees', [column.outlet]);
    case 'differs':
      return t(probable ? 'coverage_cellProbablyDiffers' : 'coverage_cellDiffers', [column.outlet, kindWords(kinds)]);
    case 'alone':
      return t('coverage_cellAlone', [column.outlet]);
  }
}

interface CellProps {
  cell: CoverageCell;
  column: CoverageColumn;
  articles: ReturnType<typeof articlesOf>;
}

function Cell({ cell, column, articles }: CellProps) {
  // Most cells of a large story are silent: the lightest markup that still reads "not reported" (with its
  // row and column headers) to a screen reader.
  if (cell.state === 'silent')
    return (
      <td class="cell silent" data-state="silent">
        <span class="sr">{t('coverage_notReported')}</span>
      </td>
    );
  const label = cellLabel(cell.state, cell, column);
  const href = cell.passage
    ? textFragmentUrl(articles.get(cell.passage.articleId)?.url, { exact: cell.passage.text })
    : null;
  const content = (
    <>
      <span aria-hidden="true">
        {SYMBOL[cell.state]}
        {cell.probable && '?'}
      </span>
      {cell.state === 'differs' && <span class="kinds">{kindWords(cell.kinds)}</span>}
    </>
  );
  return (
    <td
      class={`cell ${cell.state}${cell.probable ? ' probable' : ''}`}
      data-state={cell.state}
      title={cell.passage ? t('coverage_cellTitle', [label, cell.passage.text]) : label}
    >
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" aria-label={t('coverage_cellOpen', [label])}>
          {content}
        </a>
      ) : (
        <span aria-label={label} role="img">
          {content}
        </span>
      )}
    </td>
  );
}

export function CoverageTable({ coverage, onlyAlone }: { coverage: Coverage; onlyAlone: boolean }) {
  const page = Math.max(SCREENFUL, Math.floor(CELLS_PER_PAGE / Math.max(1, coverage.columns.length)));
  const [shown, setShown] = useState(page);
  const articles = articlesOf(coverage);
  const rows = onlyAlone ? coverage.rows.filter((r) => r.sources === 1) : coverage.rows;
  return (
    <>
      <div class="table-scroll" tabIndex={0} role="region" aria-label={t('coverage_table')}>
        <table data-testid="coverage-table">
          <caption>
            {t('coverage_caption', [tn('popup_claims', rows.length), tn('coverage_sources', coverage.columns.length)])}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="claim-head">
                {t('coverage_claim')}
              </th>
              <th scope="col">{t('coverage_sourcesHead')}</th>
              {coverage.columns.map((c) => (
                <th scope="col" key={c.articleId} data-testid="source-head">
                  {c.outlet}
                  {c.copies.length > 0 && <span class="copies"> {tn('coverage_copies', c.copies.length)}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((row, i) => (
              <tr key={i} class={row.sources === 1 ? 'single' : undefined} data-testid="coverage-row">
                <th scope="row" class="claim">
                  {row.text}
                  {row.sources === 1 && <span class="badge">{t('coverage_oneSource')}</span>}
                </th>
                <td class="count">{row.sources}</td>
                {coverage.columns.map((column, c) => (
                  <Cell key={c} cell={cellAt(row, c)} column={column} articles={articles} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown < rows.length && (
        <button type="button" onClick={() => setShown(shown + page)}>
          {tn('coverage_showMore', Math.min(page, rows.length - shown), [formatNumber(rows.length - shown)])}
        </button>
      )}
    </>
  );
}

import { articlesOf } from '@/utils/coverage/lookup';
import type { Coverage } from '@/utils/coverage/types';
import { articleByline } from '@/utils/stories/byline';
import type { StorySummary } from '@/utils/stories/messages';
import { formatNumber, t, tn } from '@/utils/browser/i18n';

/** Beside the table: for each source, how much of it others corroborate, what is its alone, whom it follows.
 *  `details`: the story's articles as listed, for each source's byline (author, date, language). */
export function SourceList({ coverage, details = [] }: { coverage: Coverage; details?: StorySummary['articles'] }) {
  const articles = articlesOf(coverage);
  return (
    <section class="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{t('coverage_sourcesHead')}</h2>
      <ul>
        {coverage.columns.map((column, c) => {
          const s = coverage.stats[c]!;
          return (
            <li key={column.articleId} data-testid="source">
              <h3>{column.outlet}</h3>
              {column.title && <p class="title">{column.title}</p>}
              <Byline article={details.find((a) => a.id === column.articleId)} />
              <p data-testid="source-counts">
                {tn('coverage_sourceCounts', s.claims, [formatNumber(s.corroborated), formatNumber(s.alone)])}
              </p>
              {column.copies.length > 0 && (
                <p>{t('coverage_copiesOf', [column.copies.map((copy) => copy.outlet).join(', ')])}</p>
              )}
              {s.follows.length > 0 && (
                <p data-testid="source-follows">
                  {t('coverage_retells', [
                    s.follows
                      .map((f) => t('coverage_retellsShare', [f.outlet, formatNumber(Math.round(f.share * 100))]))
                      .join(', '),
                  ])}
                </p>
              )}
              {s.credits.length > 0 && (
                <p data-testid="source-credits">
                  {t('coverage_credits', [
                    s.credits
                      .map((cr) =>
                        cr.articleId
                          ? t('coverage_creditInStory', [articles.get(cr.articleId)?.outlet ?? cr.name])
                          : cr.name,
                      )
                      .join(', '),
                  ])}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Byline({ article }: { article: StorySummary['articles'][number] | undefined }) {
  const line = article ? articleByline(article) : '';
  return line ? (
    <p class="byline" data-testid="source-byline">
      {line}
    </p>
  ) : null;
}

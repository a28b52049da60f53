import { articlesOf } from '@/utils/coverage/lookup';
import type { Coverage } from '@/utils/coverage/types';
import { articleByline } from '@/utils/stories/byline';
import type { StorySummary } from '@/utils/stories/messages';

/** Beside the table: for each source, how much of it others corroborate, what is its alone, whom it follows.
 *  `details`: the story's articles as listed, for each source's byline (author, date, language). */
export function SourceList({ coverage, details = [] }: { coverage: Coverage; details?: StorySummary['articles'] }) {
  const articles = articlesOf(coverage);
  return (
    <section class="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      <ul>
        {coverage.columns.map((column, c) => {
          const s = coverage.stats[c]!;
          return (
            <li key={column.articleId} data-testid="source">
              <h3>{column.outlet}</h3>
              {column.title && <p class="title">{column.title}</p>}
              <Byline article={details.find((a) => a.id === column.articleId)} />
              <p data-testid="source-counts">
                {s.claims} claims: {s.corroborated} corroborated by others, {s.alone} its alone
              </p>
              {column.copies.length > 0 && (
                <p>Copies of this story: {column.copies.map((copy) => copy.outlet).join(', ')}</p>
              )}
              {s.follows.length > 0 && (
                <p data-testid="source-follows">
                  Appears to retell:{' '}
                  {s.follows.map((f) => `${f.outlet} (${Math.round(f.share * 100)} % of its claims)`).join(', ')}
                </p>
              )}
              {s.credits.length > 0 && (
                <p data-testid="source-credits">
                  Credits:{' '}
                  {s.credits
                    .map((cr) =>
                      cr.articleId ? `${articles.get(cr.articleId)?.outlet ?? cr.name} (in this story)` : cr.name,
                    )
                    .join(', ')}
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

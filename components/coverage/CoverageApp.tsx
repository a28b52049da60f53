import { useEffect, useState } from 'preact/hooks';
import { coverageToCsv } from '@/utils/coverage/csv';
import type { Coverage } from '@/utils/coverage/types';
import { readWire } from '@/utils/coverage/wire';
import { download } from '@/utils/dom/download';
import { sendMessage } from '@/utils/browser/send';
import type { StorySummary } from '@/utils/stories/messages';
import { CoverageTable } from './CoverageTable';
import { SourceList } from './SourceList';
import { t, tn } from '@/utils/browser/i18n';

// The coverage page: `coverage.html?story=<id>` shows that story; without an id, a list of stories to pick.

type State =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'pick'; stories: StorySummary[] }
  | { kind: 'ready'; coverage: Coverage; articles: StorySummary['articles'] };

export function CoverageApp({ storyId }: { storyId: string | null }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [onlyAlone, setOnlyAlone] = useState(false);

  useEffect(() => {
    // The story's articles as listed (author, date, language, as read or as corrected) for the sources' bylines;
    // without them the view still shows the matrix.
    const load = storyId
      ? Promise.all([
          sendMessage({ type: 'get-coverage', storyId }),
          sendMessage({ type: 'stories-list' }).catch(() => null),
        ]).then(([r, list]): State => {
          if (!r.ok) return { kind: 'error', message: r.error };
          const articles = list?.stories.find((s) => s.id === storyId)?.articles ?? [];
          return { kind: 'ready', coverage: readWire(r.coverage), articles };
        })
      : sendMessage({ type: 'stories-list' }).then((r): State => ({ kind: 'pick', stories: r.stories }));
    load.then(setState, (e: unknown) => setState({ kind: 'error', message: String(e) }));
  }, [storyId]);

  useEffect(() => {
    if (state.kind === 'ready') document.title = t('coverage_storyTitle', [state.coverage.title]);
  }, [state]);

  if (state.kind === 'loading')
    return (
      <main aria-busy="true">
        <h1>{t('coverage_heading')}</h1>
        <p role="status">{t('coverage_comparing')}</p>
      </main>
    );
  if (state.kind === 'error')
    return (
      <main>
        <h1>{t('coverage_heading')}</h1>
        <p role="alert">{state.message}</p>
      </main>
    );
  if (state.kind === 'pick')
    return (
      <main>
        <h1>{t('coverage_heading')}</h1>
        <p>{t('coverage_choose')}</p>
        <ul>
          {state.stories.map((s) => (
            <li key={s.id}>
              <a href={`?story=${encodeURIComponent(s.id)}`}>{s.title}</a> ({tn('stories_articles', s.articles.length)})
            </li>
          ))}
        </ul>
      </main>
    );

  const { coverage } = state;
  const alone = coverage.rows.filter((r) => r.sources === 1).length;
  return (
    <main class="coverage">
      <header>
        <h1>{coverage.title}</h1>
        <p>
          {t('coverage_summary', [
            tn('coverage_sources', coverage.columns.length),
            tn('popup_claims', coverage.rows.length),
            tn('coverage_alone', alone),
          ])}
        </p>
        <div class="toolbar">
          <label>
            <input type="checkbox" checked={onlyAlone} onChange={(e) => setOnlyAlone(e.currentTarget.checked)} />{' '}
            {t('coverage_onlyAlone')}
          </label>
          <button
            type="button"
            data-testid="export-csv"
            onClick={() => download(`${coverage.storyId}-coverage.csv`, coverageToCsv(coverage), 'text/csv')}
          >
            {t('coverage_exportCsv')}
          </button>
        </div>
        <p class="legend" aria-hidden="true">
          {t('coverage_legend')}
        </p>
      </header>
      <div class="layout">
        <CoverageTable coverage={coverage} onlyAlone={onlyAlone} />
        <SourceList coverage={coverage} details={state.articles} />
      </div>
    </main>
  );
}

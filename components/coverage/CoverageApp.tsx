import { useEffect, useState } from 'preact/hooks';
import { coverageToCsv } from '@/utils/coverage/csv';
import type { Coverage } from '@/utils/coverage/types';
import { download } from '@/utils/dom/download';
import { sendMessage } from '@/utils/browser/send';
import type { StorySummary } from '@/utils/stories/messages';
import { CoverageTable } from './CoverageTable';
import { SourceList } from './SourceList';

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
          return { kind: 'ready', coverage: r.coverage, articles };
        })
      : sendMessage({ type: 'stories-list' }).then((r): State => ({ kind: 'pick', stories: r.stories }));
    load.then(setState, (e: unknown) => setState({ kind: 'error', message: String(e) }));
  }, [storyId]);

  useEffect(() => {
    if (state.kind === 'ready') document.title = `Coverage: ${state.coverage.title} — Sidelight`;
  }, [state]);

  if (state.kind === 'loading')
    return (
      <main aria-busy="true">
        <h1>Coverage</h1>
        <p role="status">Comparing the story’s articles…</p>
      </main>
    );
  if (state.kind === 'error')
    return (
      <main>
        <h1>Coverage</h1>
        <p role="alert">{state.message}</p>
      </main>
    );
  if (state.kind === 'pick')
    return (
      <main>
        <h1>Coverage</h1>
        <p>Choose a story:</p>
        <ul>
          {state.stories.map((s) => (
            <li key={s.id}>
              <a href={`?story=${encodeURIComponent(s.id)}`}>{s.title}</a> ({s.articles.length} articles)
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
          {coverage.columns.length} sources, {coverage.rows.length} claims, {alone} reported by one source only.
        </p>
        <div class="toolbar">
          <label>
            <input type="checkbox" checked={onlyAlone} onChange={(e) => setOnlyAlone(e.currentTarget.checked)} /> Only
            claims one source reports
          </label>
          <button
            type="button"
            data-testid="export-csv"
            onClick={() => download(`${coverage.storyId}-coverage.csv`, coverageToCsv(coverage), 'text/csv')}
          >
            Export CSV
          </button>
        </div>
        <p class="legend" aria-hidden="true">
          ✓ agrees · ≠ differs · ● only this source · empty: silent. Click a cell to open the passage.
        </p>
      </header>
      <div class="layout">
        <CoverageTable coverage={coverage} onlyAlone={onlyAlone} />
        <SourceList coverage={coverage} details={state.articles} />
      </div>
    </main>
  );
}

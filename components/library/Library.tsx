import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checkHighlightsFile } from '@/utils/export/import-file';
import { problemWords, skippedWords } from '@/utils/browser/problem-words';
import {
  importSummary,
  planHighlightImport,
  resolveImport,
  type ConflictChoice,
  type ImportPlan,
} from '@/utils/export/import-merge';
import { groupHighlights, matches } from '@/utils/highlights/library';
import { normalizeTags } from '@/utils/highlights/new-highlight';
import type { Highlight } from '@/utils/highlights/types';
import type { HighlightStore } from '@/utils/browser/highlights-store';
import { sendMessage } from '@/utils/browser/send';
import { DeleteConfirm } from './DeleteConfirm';
import { runExport } from './exports';
import { Groups } from './Groups';
import { ImportConflict } from './ImportConflict';
import { Toolbar } from './Toolbar';
import { UndoBar } from './UndoBar';
import { formatNumber, t, tn } from '@/utils/browser/i18n';

// The library: every highlight, grouped by story and source, searchable, editable, deletable with undo,
// exportable and importable. Failed writes are shown, never swallowed. Deleting what the search shows (or all)
// asks first; what was deleted keeps its Undo, whatever is shown after, until the person dismisses it. An import
// asks about highlights the library has already (utils/export/import-merge.ts) before it writes anything.

const PAGE = 200;
type Status = { kind: 'info' | 'error'; text: string } | null;

/** The library page's root component. */
export function Library({ store }: { store: HighlightStore }) {
  const [all, setAll] = useState<Highlight[] | null>(null);
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const [status, setStatus] = useState<Status>(null);
  const [pending, setPending] = useState(0);
  const [storyTitles, setStoryTitles] = useState(new Map<string, string>());
  /** The ids "Delete all" (or "Delete the N shown") will delete once confirmed; null when not asking. */
  const [confirming, setConfirming] = useState<string[] | null>(null);
  /** Deleted since the last undo or dismissal, for Undo. */
  const [deleted, setDeleted] = useState<Highlight[]>([]);
  /** An import waiting for the person's choice about highlights the library has already, with what in its file
   *  was not imported (Hypothesis's replies and page notes), to say once it is written. */
  const [importing, setImporting] = useState<{ plan: ImportPlan; note: string | null } | null>(null);

  const load = () =>
    store
      .all()
      .then(setAll, (err: unknown) => setStatus({ kind: 'error', text: t('library_openFailed', [String(err)]) }));
  useEffect(() => {
    void load();
    void sendMessage({ type: 'stories-list' }).then(
      (r) => setStoryTitles(new Map(r.stories.map((s) => [s.id, s.title]))),
      () => undefined, // Titles are a nicety: without them the groups show story ids.
    );
    void browser.storage.local
      .get('highlights:pending')
      .then((r) => setPending((r['highlights:pending'] as unknown[] | undefined)?.length ?? 0));
  }, []);
  useEffect(() => {
    // First useful paint: the benchmark reads this mark.
    if (all) requestAnimationFrame(() => performance.mark('sidelight:library-ready'));
  }, [all !== null]);

  const shown = useMemo(() => (all ?? []).filter((h) => matches(h, query)), [all, query]);
  const groups = useMemo(() => groupHighlights(shown), [shown]);

  /** Runs a write; on failure says so and keeps the page as it was. */
  const write = async (work: () => Promise<void>, done: Status) => {
    try {
      await work();
      setStatus(done);
    } catch (err) {
      setStatus({
        kind: 'error',
        text: t('notes_saveFailed', [err instanceof Error ? `${err.name}: ${err.message}` : String(err)]),
      });
    }
    await load();
  };
  const remove = (ids: string[]) =>
    void write(async () => {
      const gone = await store.remove(ids);
      setDeleted((before) => [...before, ...gone]);
    }, null);
  /** Puts back what was deleted (not over a highlight of the same id written since); kept for Undo if it fails. */
  const undo = () =>
    void write(
      async () => {
        await store.addMissing(deleted);
        const restored = new Set(deleted.map((h) => h.id));
        setDeleted((now) => now.filter((h) => !restored.has(h.id))); // Not one deleted meanwhile.
      },
      { kind: 'info', text: tn('library_restored', deleted.length) },
    );
  /** Writes an import, the conflicts resolved by `choice`, in one transaction. */
  const writeImport = (plan: ImportPlan, choice: ConflictChoice, note: string | null) => {
    setImporting(null);
    const { write: records, kept } = resolveImport(plan, choice, () => crypto.randomUUID());
    const text = [importSummary(plan, records.length, kept), note].filter(Boolean).join(' ');
    return write(() => store.putAll(records), { kind: 'info', text });
  };
  /** Reads a file; ids the library has with other content are asked about before anything is written. */
  const importFile = async (file: File) => {
    setImporting(null);
    const parsed = checkHighlightsFile(await file.text());
    if (!parsed.ok) {
      return setStatus({ kind: 'error', text: t('library_importRejected', [problemWords(parsed.problem)]) });
    }
    const note = skippedWords(parsed.skipped);
    const stored = await store
      .all()
      .catch((err: unknown) => setStatus({ kind: 'error', text: t('common_notImported', [String(err)]) }));
    if (!stored) return;
    const plan = planHighlightImport(parsed.highlights, new Map(stored.map((h) => [h.id, h])));
    if (plan.conflicts.length) return setImporting({ plan, note });
    await writeImport(plan, 'newer', note); // No conflict: the choice changes nothing.
  };

  return (
    <main>
      <header>
        <h1>{t('library_heading')}</h1>
        <Toolbar
          query={query}
          onQuery={(q) => {
            setQuery(q);
            setLimit(PAGE);
            setConfirming(null); // The count it asked about no longer shows.
          }}
          onExport={(id) => runExport(id, shown, storyTitles)}
          onImport={(f) => void importFile(f)}
          onDeleteShown={() => setConfirming(shown.map((h) => h.id))}
          shown={shown.length}
          total={all?.length ?? 0}
        />
        {pending ? (
          <p class="status error" role="alert">
            {tn('library_pending', pending)}
          </p>
        ) : null}
        {confirming ? (
          <DeleteConfirm
            count={confirming.length}
            query={query}
            onConfirm={() => {
              remove(confirming);
              setConfirming(null);
            }}
            onCancel={() => setConfirming(null)}
          />
        ) : null}
        {importing ? (
          <ImportConflict
            plan={importing.plan}
            onChoose={(choice) => void writeImport(importing.plan, choice, importing.note)}
            onCancel={() => {
              setImporting(null);
              setStatus({ kind: 'info', text: t('library_importCancelled') });
            }}
          />
        ) : null}
        <UndoBar deleted={deleted} onUndo={undo} onDismiss={() => setDeleted([])} />
        {status ? (
          <p
            class={`status ${status.kind}`}
            role={status.kind === 'error' ? 'alert' : 'status'}
            data-testid="library-status"
          >
            {status.text}
          </p>
        ) : null}
      </header>
      {all === null ? <p>{t('common_loading')}</p> : null}
      {all?.length === 0 ? <p>{t('library_empty')}</p> : null}
      <Groups
        groups={groups}
        storyTitles={storyTitles}
        limit={limit}
        onEdit={(id, edit) =>
          void write(() => store.update(id, { ...edit, tags: normalizeTags(edit.tags) }).then(() => undefined), null)
        }
        onDelete={(id) => remove([id])}
      />
      {shown.length > limit ? (
        <button type="button" onClick={() => setLimit(limit + PAGE * 5)}>
          {t('library_showMore', [formatNumber(shown.length - limit)])}
        </button>
      ) : null}
    </main>
  );
}

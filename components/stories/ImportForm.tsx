import { useState } from 'preact/hooks';
import { checkStoryPackJson } from '@/utils/pack/parse';
import type { OnConflict } from '@/utils/stories/merge';
import { sendErrorText } from '@/utils/browser/send';
import type { StoryReplies } from '@/utils/stories/messages';
import { t, tn } from '@/utils/browser/i18n';
import { problemWords } from '@/utils/browser/problem-words';

interface Props {
  /** Sends the validated pack to the background; its reply says written, rejected or in conflict. */
  onImport(pack: unknown, onConflict: OnConflict): Promise<StoryReplies['story-import']>;
}

type Pending = { pack: unknown; id: string; title: string; readOnly: boolean };

/**
 * "Import story": a pack file is checked here first (a bad file is rejected whole, naming the field, and
 * nothing is sent), then in the background again; a story id already taken asks what to do.
 */
export function ImportForm({ onImport }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  const send = async (pack: unknown, onConflict: OnConflict) => {
    setError(null);
    const reply = await onImport(pack, onConflict).catch((err: unknown) => ({
      ok: false as const,
      error: sendErrorText(err),
    }));
    setPending(null);
    if (reply.ok) return setDone(tn('stories_imported', reply.story.articles.length, [reply.story.title]));
    if ('conflict' in reply) return setPending({ pack, ...reply.conflict });
    setError(t('common_notImported', [reply.error]));
  };

  const choose = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    setError(null);
    setDone(null);
    setPending(null);
    if (!file) return;
    const parsed = checkStoryPackJson(await file.text());
    if (!parsed.ok) return setError(t('common_notImported', [`${file.name}: ${problemWords(parsed.problem)}`]));
    await send(parsed.value, 'ask');
  };

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('stories_importHeading')}</h2>
      <label>
        {t('stories_packFile')}{' '}
        <input type="file" accept=".json,application/json" data-testid="import-file" onChange={(e) => void choose(e)} />
      </label>
      {error && (
        <p role="alert" class="error" data-testid="import-error">
          {error}
        </p>
      )}
      {pending && (
        <div role="alert" data-testid="import-conflict">
          <p>{t(pending.readOnly ? 'stories_conflictBuiltIn' : 'stories_conflict', [pending.id])}</p>
          <div class="actions">
            {!pending.readOnly && (
              <button type="button" onClick={() => void send(pending.pack, 'replace')}>
                {t('stories_replaceMine')}
              </button>
            )}
            <button type="button" onClick={() => void send(pending.pack, 'copy')}>
              {t('stories_keepBoth')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('common_cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status" data-testid="import-done">
        {done}
      </p>
    </section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { download } from '@/utils/dom/download';
import { sendErrorText, sendMessage } from '@/utils/browser/send';
import type { StorySummary } from '@/utils/stories/messages';
import { ImportForm } from './ImportForm';
import { StoryCard, type StoryActions } from './StoryCard';
import { t, tn } from '@/utils/browser/i18n';

/** Every story, each with its actions, and the import form. */
export function StoriesPage() {
  const [stories, setStories] = useState<StorySummary[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  /** Lists the stories again; a failure is shown above the list (which keeps what it showed), never thrown. */
  const reload = async () => {
    try {
      setStories((await sendMessage({ type: 'stories-list' })).stories);
      setListError(null);
    } catch (err) {
      setListError(t('stories_listFailed', [sendErrorText(err)]));
    }
  };
  useEffect(() => void reload(), []);

  /** Runs an edit, reloads the list, and returns the error to show (null when it worked; a rejection, the
   *  background refusing or not answering, is shown by the story's card). */
  const edit = async (reply: Promise<{ ok: true } | { ok: false; error: string }>) => {
    const r = await reply;
    await reload();
    return r.ok ? null : r.error;
  };

  const actionsFor = (s: StorySummary): StoryActions => ({
    rename: (title) => edit(sendMessage({ type: 'story-rename', storyId: s.id, title })),
    removeArticle: (articleId) => edit(sendMessage({ type: 'story-remove-article', storyId: s.id, articleId })),
    copy: () => edit(sendMessage({ type: 'story-copy', storyId: s.id })),
    remove: async () => {
      // Deleting cannot be undone (an export first keeps a copy), so it asks.
      if (!confirm(tn('stories_deleteAsk', s.articles.length, [s.title]))) return null;
      return edit(sendMessage({ type: 'story-delete', storyId: s.id }));
    },
    correctArticle: async (articleId, details) => {
      const reply = await sendMessage({ type: 'story-correct-article', storyId: s.id, articleId, details });
      await reload();
      if (reply.ok) return null;
      return 'field' in reply && reply.field ? { error: reply.error, field: reply.field } : { error: reply.error };
    },
    exportPack: async () => {
      const reply = await sendMessage({ type: 'story-get', storyId: s.id });
      if (!reply.ok) return reply.error;
      download(`${s.id}.sidelight.json`, `${JSON.stringify(reply.pack, null, 2)}\n`, 'application/json');
      return null;
    },
  });

  return (
    <main>
      <h1>{t('stories_pageTitle')}</h1>
      <p>{t('stories_intro')}</p>
      <ImportForm
        onImport={async (pack, onConflict) => {
          const reply = await sendMessage({ type: 'story-import', pack, onConflict });
          await reload();
          return reply;
        }}
      />
      {listError && (
        <p role="alert" class="error" data-testid="stories-error">
          {listError}
        </p>
      )}
      {stories === null
        ? !listError && <p>{t('common_loading')}</p>
        : stories.map((s) => <StoryCard key={`${s.id}:${s.title}`} story={s} actions={actionsFor(s)} />)}
    </main>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { download } from '@/utils/dom/download';
import { sendErrorText, sendMessage } from '@/utils/browser/send';
import type { StorySummary } from '@/utils/stories/messages';
import { ImportForm } from './ImportForm';
import { StoryCard, type StoryActions } from './StoryCard';

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
      setListError(`The stories could not be listed. ${sendErrorText(err)}`);
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
      if (!confirm(`Delete the story “${s.title}” and its ${s.articles.length} articles?`)) return null;
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
      <h1>Sidelight stories</h1>
      <p>
        Add articles from the toolbar popup while you read. Export a story to share it as a file; import one to read
        with its notes.
      </p>
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
        ? !listError && <p>Loading…</p>
        : stories.map((s) => <StoryCard key={`${s.id}:${s.title}`} story={s} actions={actionsFor(s)} />)}
    </main>
  );
}

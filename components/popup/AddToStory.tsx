import { useState } from 'preact/hooks';
import { sendErrorText } from '@/utils/browser/send';
import type { StorySummary } from '@/utils/stories/messages';
import { t } from '@/utils/browser/i18n';
import { tParts } from '../message-parts';

export type AddTarget = { storyId: string } | { newTitle: string };
/** What adding did: the story the page is now in, or why it was not added. */
export type AddOutcome = { storyId: string } | { error: string };

interface Props {
  /** The person's own stories (read-only ones cannot take articles). */
  stories: StorySummary[];
  /** The page's title, proposed as a new story's title. */
  pageTitle: string;
  /** Adds the page; resolves to the story it is now in, or an error (a rejection is shown as an error too). */
  onAdd(target: AddTarget): Promise<AddOutcome>;
}

const NEW = '';

/** "Add this article to a story": one of the person's stories, or a new story started from this page. */
export function AddToStory({ stories, pageTitle, onAdd }: Props) {
  const [target, setTarget] = useState(stories[0]?.id ?? NEW);
  const [title, setTitle] = useState(pageTitle);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    // A refusal or a background that does not answer rejects: it is shown, never left as a stuck "Adding…".
    const outcome = await onAdd(target === NEW ? { newTitle: title } : { storyId: target }).catch((e: unknown) => ({
      error: sendErrorText(e),
    }));
    setBusy(false);
    if ('error' in outcome) return setMessage({ error: true, text: outcome.error });
    setMessage(null);
    // The form now points at the story the page is in: a second click must not start a duplicate story.
    setTarget(outcome.storyId);
    setTitle('');
  };

  return (
    <form class="add-to-story" onSubmit={(e) => void submit(e)} data-testid="add-to-story">
      <label>
        {tParts('popup_addTo', [
          <select value={target} data-testid="story-target" onChange={(e) => setTarget(e.currentTarget.value)}>
            {stories.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
            <option value={NEW}>{t('popup_newStoryOption')}</option>
          </select>,
        ])}
      </label>
      {target === NEW && (
        <label>
          {t('popup_newStoryTitle')}{' '}
          <input
            type="text"
            required
            maxLength={300}
            value={title}
            data-testid="new-story-title"
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
        </label>
      )}
      <button type="submit" disabled={busy} data-testid="add-article">
        {t(busy ? 'popup_adding' : target === NEW ? 'popup_startStory' : 'popup_addToStory')}
      </button>
      {message && (
        <p role="alert" class="error" data-testid="add-error">
          {message.text}
        </p>
      )}
    </form>
  );
}

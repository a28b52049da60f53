import { useState } from 'preact/hooks';
import { sendErrorText } from '@/utils/browser/send';
import { articleByline } from '@/utils/stories/byline';
import type { ArticleDetails } from '@/utils/stories/correct';
import type { StorySummary } from '@/utils/stories/messages';
import { ArticleDetailsForm, type CorrectionError } from './ArticleDetailsForm';
import { t, tn } from '@/utils/browser/i18n';
import { tParts } from '../message-parts';

export interface StoryActions {
  rename(title: string): Promise<string | null>;
  removeArticle(articleId: string): Promise<string | null>;
  copy(): Promise<string | null>;
  remove(): Promise<string | null>;
  exportPack(): Promise<string | null>;
  correctArticle(articleId: string, details: ArticleDetails): Promise<CorrectionError>;
}

/** The coverage view of a story (entrypoints/coverage/): a relative address, as this page is the extension's too. */
const coverageHref = (storyId: string) => `coverage.html?story=${encodeURIComponent(storyId)}`;

/** One story: its articles, and what can be done with it (a built-in story is copied, not edited). */
export function StoryCard({ story, actions }: { story: StorySummary; actions: StoryActions }) {
  const [title, setTitle] = useState(story.title);
  const [error, setError] = useState<string | null>(null);
  // An action that rejects (refused, or no answer from the background) shows why, like one that fails.
  const run = async (action: () => Promise<string | null>) => setError(await action().catch(sendErrorText));
  const headingId = `story-${story.id}`;
  return (
    <article class="story" aria-labelledby={headingId} data-testid="story" data-story-id={story.id}>
      <h2 id={headingId}>{story.title}</h2>
      <p class="muted">
        {[
          tn('stories_articles', story.articles.length),
          story.readOnly && t('stories_readOnly'),
          t('stories_id', [story.id]),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <ol>
        {story.articles.map((a) => (
          <li key={a.id} data-testid="story-article">
            {a.outlet}: {a.url ? <a href={a.url}>{a.title ?? a.url}</a> : (a.title ?? a.id)}{' '}
            <span class="muted" data-testid="article-byline">
              ({articleByline(a)})
            </span>{' '}
            {!story.readOnly && story.articles.length > 1 && (
              <button
                type="button"
                aria-label={t('stories_removeLabel', [a.title ?? a.id])}
                onClick={() => void run(() => actions.removeArticle(a.id))}
              >
                {t('stories_remove')}
              </button>
            )}
            {!story.readOnly && (
              <ArticleDetailsForm
                idBase={`${headingId}-${a.id}`}
                article={a}
                onSave={(details) => actions.correctArticle(a.id, details)}
              />
            )}
          </li>
        ))}
      </ol>
      <div class="actions">
        {!story.readOnly && (
          <form
            class="actions"
            onSubmit={(e) => {
              e.preventDefault();
              void run(() => actions.rename(title));
            }}
          >
            <label>
              {t('stories_field_title')}{' '}
              <input
                type="text"
                required
                maxLength={300}
                value={title}
                data-testid="rename-input"
                onInput={(e) => setTitle(e.currentTarget.value)}
              />
            </label>
            <button type="submit">{t('stories_rename')}</button>
          </form>
        )}
        <a href={coverageHref(story.id)} data-testid="story-coverage-link">
          {tParts('stories_coverageLink', [<span class="sr"> {t('stories_coverageOf', [story.title])}</span>])}
        </a>
        <button type="button" data-testid="export-story" onClick={() => void run(actions.exportPack)}>
          {t('stories_export')}
        </button>
        <button type="button" onClick={() => void run(actions.copy)}>
          {t('stories_copy')}
        </button>
        {!story.readOnly && (
          <button type="button" onClick={() => void run(actions.remove)}>
            {t('stories_delete')}
          </button>
        )}
      </div>
      {error && (
        <p role="alert" class="error" data-testid="story-error">
          {error}
        </p>
      )}
    </article>
  );
}

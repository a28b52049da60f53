import { useEffect, useRef, useState } from 'preact/hooks';
import { trusted } from '@/utils/dom/trusted';
import type { Highlight } from '@/utils/highlights/types';
import { t, wordsLocale } from '@/utils/browser/i18n';

// Shown right after a save: the comment and tags can be added now (or later, in the library). Saving the note
// and deleting take the person's own click or key (utils/dom/trusted.ts), never a page script's.

interface Props {
  highlight: Highlight;
  onSave(edit: { comment: string; tags: string[] }): void;
  onDelete(): void;
  onClose(): void;
}

/** Splits what a person typed in the tags field: commas or spaces between tags. */
export const parseTags = (s: string): string[] => s.split(/[,\s]+/).filter(Boolean);

/** The card that confirms a saved highlight and edits its comment and tags. */
export function SavedCard({ highlight, onSave, onDelete, onClose }: Props) {
  const [comment, setComment] = useState(highlight.comment);
  const [tags, setTags] = useState(highlight.tags.join(', '));
  // Focus goes to the comment, the next thing a reader does, rather than back to the page's <body>.
  const commentField = useRef<HTMLTextAreaElement>(null);
  useEffect(() => commentField.current?.focus(), []);
  return (
    <div
      class="panel"
      role="dialog"
      aria-label={t('highlights_saved')}
      data-testid="highlight-saved"
      lang={wordsLocale()}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <strong>{t('highlights_saved')}</strong>
      <blockquote class="quote">{highlight.quote.exact}</blockquote>
      <label>
        {t('common_comment')}
        <textarea ref={commentField} rows={2} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
      </label>
      <label>
        {t('common_tags')}
        <input
          value={tags}
          placeholder={t('highlights_tagsPlaceholder')}
          onInput={(e) => setTags(e.currentTarget.value)}
        />
      </label>
      <div class="row">
        <button type="button" class="quiet" onClick={trusted(onDelete)}>
          {t('common_delete')}
        </button>
        <button type="button" class="quiet" onClick={onClose}>
          {t('common_close')}
        </button>
        <button type="button" onClick={trusted(() => onSave({ comment, tags: parseTags(tags) }))}>
          {t('highlights_saveNote')}
        </button>
      </div>
    </div>
  );
}

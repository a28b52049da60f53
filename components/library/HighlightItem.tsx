import { useState } from 'preact/hooks';
import type { Highlight, HighlightLink } from '@/utils/highlights/types';
import { textFragmentUrl } from '@/utils/anchoring';
import { formatDateTime, t, type MessageKey } from '@/utils/browser/i18n';
import { isProbable } from '@/utils/notes/confidence';

// One highlight in the library: its quote, the other reporting a side note linked it to, a link that opens
// the page at it, its comment and tags (editable).

const RELATION: Record<HighlightLink['relation'], MessageKey> = {
  same: 'notes_relation_same',
  differs: 'library_relation_differs',
  related: 'notes_relation_related',
};

/** What a saved link is called: as its note called it, "probably" where the note was less sure. */
const relationKey = (l: HighlightLink): MessageKey =>
  !isProbable(l)
    ? RELATION[l.relation]
    : l.relation === 'differs'
      ? 'library_relation_probableDiffers'
      : 'notes_relation_probable';

/** The passages of other outlets saved with a side note's claim, each opening its article at the passage. */
function Links({ links }: { links: HighlightLink[] }) {
  return (
    <ul class="links" aria-label={t('library_otherReporting')} data-testid="library-links">
      {links.map((l, i) => {
        const href = textFragmentUrl(l.url, { exact: l.text });
        return (
          <li key={i} data-testid="library-link">
            <strong>{l.outlet}</strong> <span class="relation">({t(relationKey(l))})</span>{' '}
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {l.text}
              </a>
            ) : (
              <q>{l.text}</q>
            )}
          </li>
        );
      })}
    </ul>
  );
}

interface Props {
  highlight: Highlight;
  onEdit(id: string, edit: { comment: string; tags: string[] }): void;
  onDelete(id: string): void;
}

/** A highlight card with inline editing. */
export function HighlightItem({ highlight: h, onEdit, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const [comment, setComment] = useState(h.comment);
  const [tags, setTags] = useState(h.tags.join(', '));
  // Imported highlights may carry any address: only a web address becomes a link.
  const open = textFragmentUrl(h.canonicalUrl, h.quote);
  return (
    <li class="item" data-testid="library-item" data-id={h.id}>
      <blockquote>{h.quote.exact}</blockquote>
      {h.links.length ? <Links links={h.links} /> : null}
      {editing ? (
        <form
          class="edit"
          onSubmit={(e) => {
            e.preventDefault();
            onEdit(h.id, { comment, tags: tags.split(/[,\s]+/).filter(Boolean) });
            setEditing(false);
          }}
        >
          <label>
            {t('common_comment')}
            <textarea rows={2} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
          </label>
          <label>
            {t('common_tags')}
            <input value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
          </label>
          <button type="submit">{t('common_save')}</button>{' '}
          <button type="button" onClick={() => setEditing(false)}>
            {t('common_cancel')}
          </button>
        </form>
      ) : (
        <>
          {h.comment ? <p data-testid="library-comment">{h.comment}</p> : null}
          {h.tags.length ? (
            <p class="tags">
              {h.tags.map((t) => (
                <span key={t}>#{t}</span>
              ))}
            </p>
          ) : null}
        </>
      )}
      {h.anchor && !h.anchor.found ? <p class="orphan">{t('library_orphan')}</p> : null}
      <div class="meta">
        {open ? (
          <a href={open} target="_blank" rel="noopener noreferrer">
            {t('library_openAtPassage')}
          </a>
        ) : null}
        <span>{formatDateTime(h.created)}</span>
        {editing ? null : (
          <button type="button" onClick={() => setEditing(true)} aria-label={t('library_editLabel')}>
            {t('library_edit')}
          </button>
        )}
        <button type="button" onClick={() => onDelete(h.id)} aria-label={t('library_deleteLabel')}>
          {t('common_delete')}
        </button>
      </div>
    </li>
  );
}

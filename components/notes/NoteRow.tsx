import type { Ref } from 'preact';
import { trusted } from '@/utils/dom/trusted';
import { t, tn } from '@/utils/browser/i18n';
import { differenceCount, excerpt, outletsOf, rowLabel, sourceCount } from '@/utils/notes/labels';
import type { NoteModel } from './types';

interface Props {
  note: NoteModel;
  open: boolean;
  emphasised: boolean;
  tabbable: boolean;
  buttonRef: Ref<HTMLButtonElement>;
  onOpen(id: string | null): void;
}

/** One claim's line in the rail: how many sources, which, whether they differ; opens the full note. */
export function NoteRow({ note, open, emphasised, tabbable, buttonRef, onOpen }: Props) {
  const outlets = outletsOf(note.claim);
  const diffs = differenceCount(note.claim);
  return (
    <button
      ref={buttonRef}
      type="button"
      class={`row${outlets.length ? '' : ' unreported'}${emphasised ? ' emph' : ''}${open ? ' open' : ''}`}
      data-testid="note"
      data-note={note.id}
      tabIndex={tabbable ? 0 : -1}
      aria-expanded={open}
      aria-controls={open ? `detail-${note.id}` : undefined}
      data-label={rowLabel(note.claim)}
      onClick={trusted(() => onOpen(open ? null : note.id))}
    >
      {/* The accessible name is the visible text plus the hidden words that make it a sentence. */}
      <span class="sr">{t('notes_rowClaim', [excerpt(note.claim.text)])} </span>
      <span class="count" aria-hidden="true">
        {outlets.length || '–'}
      </span>
      <span class="who">
        {outlets.length ? (
          <>
            <span class="sr">{sourceCount(outlets.length)}: </span>
            {outlets.join(', ')}
          </>
        ) : (
          t('notes_noOtherSource')
        )}
        {diffs > 0 && <span class="sr">;</span>}
      </span>
      {diffs > 0 && (
        <span class="badge" title={tn('notes_badgeTitle', diffs)}>
          <span aria-hidden="true">≠ </span>
          {diffs}
          <span class="sr"> {tn('notes_differenceWord', diffs)}</span>
        </span>
      )}
    </button>
  );
}

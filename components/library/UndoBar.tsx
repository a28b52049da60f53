import type { Highlight } from '@/utils/highlights/types';
import { t, tn } from '@/utils/browser/i18n';

// What was deleted stays here, with its Undo, until the person restores or dismisses it: a later message (an
// edit saved, an import, an error) shows beside it and never takes the Undo away. Deletions add up.

interface Props {
  deleted: readonly Highlight[];
  onUndo(): void;
  onDismiss(): void;
}

/** "Deleted 3 highlights. Undo · Dismiss", or nothing when there is nothing to undo. */
export function UndoBar({ deleted, onUndo, onDismiss }: Props) {
  if (!deleted.length) return null;
  return (
    <p class="status info" role="status" data-testid="library-undo">
      {tn('library_deleted', deleted.length)}{' '}
      <button type="button" onClick={onUndo}>
        {t('library_undo')}
      </button>{' '}
      <button type="button" onClick={onDismiss}>
        {t('library_dismiss')}
      </button>
    </p>
  );
}

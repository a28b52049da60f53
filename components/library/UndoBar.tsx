import { highlightCount } from '@/utils/highlights/library';
import type { Highlight } from '@/utils/highlights/types';

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
      Deleted {highlightCount(deleted.length)}.{' '}
      <button type="button" onClick={onUndo}>
        Undo
      </button>{' '}
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </p>
  );
}

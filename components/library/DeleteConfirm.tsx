import { useEffect, useRef } from 'preact/hooks';
import { ConfirmGroup } from './ConfirmGroup';
import { highlightCount } from '@/utils/highlights/library';

// "Delete all" asks first, in the page (a browser confirm() blocks the page and cannot be styled or tested): it
// says how many go and whether they are all or only those the search shows, and that Undo brings them back.

interface Props {
  count: number;
  /** The search the highlights were shown for; empty when they are all. */
  query: string;
  onConfirm(): void;
  onCancel(): void;
}

/** What the delete button deletes, in its label: all, or only what the search shows. */
export const deleteLabel = (shown: number, total: number): string =>
  shown === total ? 'Delete all' : `Delete the ${shown} shown`;

/** The confirm step; the confirming button takes the focus, Escape cancels. */
export function DeleteConfirm({ count, query, onConfirm, onCancel }: Props) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  const what = query ? `the ${highlightCount(count)} shown for “${query}”` : `all ${highlightCount(count)}`;
  return (
    <ConfirmGroup label="Confirm delete" testId="delete-confirm" onCancel={onCancel}>
      <p>Delete {what}? Undo brings them back until you dismiss it.</p>
      <button type="button" ref={confirm} onClick={onConfirm}>
        Yes, delete {highlightCount(count)}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </ConfirmGroup>
  );
}

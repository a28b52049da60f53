import { useEffect, useRef } from 'preact/hooks';
import { ConfirmGroup } from './ConfirmGroup';
import { t, tn } from '@/utils/browser/i18n';

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
  shown === total ? t('library_deleteAll') : tn('library_deleteShown', shown);

/** The confirm step; the confirming button takes the focus, Escape cancels. */
export function DeleteConfirm({ count, query, onConfirm, onCancel }: Props) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  const question = query ? tn('library_deleteAskShown', count, [query]) : tn('library_deleteAskAll', count);
  return (
    <ConfirmGroup label={t('library_confirmDelete')} testId="delete-confirm" onCancel={onCancel}>
      <p>{question}</p>
      <button type="button" ref={confirm} onClick={onConfirm}>
        {tn('library_deleteYes', count)}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('common_cancel')}
      </button>
    </ConfirmGroup>
  );
}

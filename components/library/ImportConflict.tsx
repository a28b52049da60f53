import { useEffect, useRef } from 'preact/hooks';
import { ConfirmGroup } from './ConfirmGroup';
import { newerInFile, type ConflictChoice, type ImportPlan } from '@/utils/export/import-merge';
import { formatNumber, t, tn } from '@/utils/browser/i18n';

// An import whose highlights the library has already, with other content, asks what to do before it writes
// anything: each id keeps the newer record, or the file's, or both (the file's under a new id).

interface Props {
  plan: ImportPlan;
  onChoose(choice: ConflictChoice): void;
  onCancel(): void;
}

/** The question, with the counts that help answer it. */
export function ImportConflict({ plan, onChoose, onCancel }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const n = plan.conflicts.length;
  const newer = newerInFile(plan.conflicts);
  return (
    <ConfirmGroup label={t('library_conflictLabel')} testId="import-conflict" onCancel={onCancel}>
      <p>
        {tn('library_conflictChanged', n, [formatNumber(newer), formatNumber(n - newer)])}{' '}
        {tn('library_conflictFresh', plan.fresh.length)} {t('library_conflictWait')}
      </p>
      <button type="button" ref={first} onClick={() => onChoose('newer')}>
        {t('library_keepNewer')}
      </button>{' '}
      <button type="button" onClick={() => onChoose('replace')}>
        {t('library_replace')}
      </button>{' '}
      <button type="button" onClick={() => onChoose('both')}>
        {t('library_keepBoth')}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('library_cancelImport')}
      </button>
    </ConfirmGroup>
  );
}

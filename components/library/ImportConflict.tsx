import { useEffect, useRef } from 'preact/hooks';
import { ConfirmGroup } from './ConfirmGroup';
import { highlightCount } from '@/utils/highlights/library';
import { newerInFile, type ConflictChoice, type ImportPlan } from '@/utils/export/import-merge';

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
    <ConfirmGroup label="Import: highlights already in the library" testId="import-conflict" onCancel={onCancel}>
      <p>
        {highlightCount(n)} in the file {n === 1 ? 'is' : 'are'} already in the library, changed: the file’s is newer
        for {newer}, the library’s for {n - newer}. {plan.fresh.length} more {plan.fresh.length === 1 ? 'is' : 'are'}{' '}
        new. Nothing is written until you choose.
      </p>
      <button type="button" ref={first} onClick={() => onChoose('newer')}>
        Keep the newer of each
      </button>{' '}
      <button type="button" onClick={() => onChoose('replace')}>
        Replace with the file’s
      </button>{' '}
      <button type="button" onClick={() => onChoose('both')}>
        Keep both
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel import
      </button>
    </ConfirmGroup>
  );
}

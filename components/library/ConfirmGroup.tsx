import type { ComponentChildren } from 'preact';

// The library's in-page questions (delete, import conflicts): a labelled group in the status area that Escape
// cancels, so each question only says what it asks.

interface Props {
  label: string;
  testId: string;
  onCancel(): void;
  children: ComponentChildren;
}

export function ConfirmGroup({ label, testId, onCancel, children }: Props) {
  return (
    <div
      class="status confirm"
      role="group"
      aria-label={label}
      data-testid={testId}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      {children}
    </div>
  );
}

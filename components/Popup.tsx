import type { TabStatus } from '@/utils/messages';

/** The toolbar popup: what Sidelight found on the current tab. */
export function Popup({ status }: { status: TabStatus | null }) {
  return (
    <main>
      <h1>Sidelight</h1>
      {status ? (
        <p data-testid="tab-status">
          Read “{status.title}” ({status.textLength.toLocaleString()} characters).
        </p>
      ) : (
        <p data-testid="tab-status">No known story on this page.</p>
      )}
    </main>
  );
}

import { useState } from 'preact/hooks';
import { trusted } from '@/utils/dom/trusted';
import type { Highlight } from '@/utils/highlights/types';
import { tn, wordsLocale } from '@/utils/browser/i18n';

// Highlights saved on this page that cannot be found in it now: kept, and listed here so none is silently lost.

/** A collapsed "N not found" button that opens the list of highlights not found on the page. */
export function OrphanList({ orphans }: { orphans: Highlight[] }) {
  const [open, setOpen] = useState(false);
  if (!orphans.length) return null;
  const label = tn('highlights_orphans', orphans.length);
  return (
    <div class="panel orphans" data-testid="highlight-orphans" lang={wordsLocale()}>
      <button type="button" class="quiet" aria-expanded={open} onClick={trusted(() => setOpen(!open))}>
        {label}
      </button>
      {open ? (
        <ul>
          {orphans.map((h) => (
            <li key={h.id}>{h.quote.exact.length > 200 ? `${h.quote.exact.slice(0, 200)}…` : h.quote.exact}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

import { useState } from 'preact/hooks';
import { highlightCount } from '@/utils/highlights/library';
import { deleteLabel } from './DeleteConfirm';
import { EXPORTS, type ExportId } from './exports';

// Search, export, import and delete: the library's controls, all reachable by keyboard.

interface Props {
  query: string;
  onQuery(q: string): void;
  onExport(id: ExportId): void;
  onImport(file: File): void;
  /** Asks to delete what the search shows: all when nothing is searched. */
  onDeleteShown(): void;
  shown: number;
  total: number;
}

/** The bar above the list. */
export function Toolbar({ query, onQuery, onExport, onImport, onDeleteShown, shown, total }: Props) {
  // Choosing a format only chooses: arrowing through the list fires a change per step, and each must not
  // download. The button exports, and the choice stays for the next export.
  const [format, setFormat] = useState<ExportId | ''>('');
  return (
    <div class="toolbar">
      <input
        type="search"
        aria-label="Search highlights by text, comment or #tag"
        placeholder="Search text, comment or #tag"
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
      />
      <span role="status" data-testid="library-count">
        {shown === total ? highlightCount(total) : `${shown} of ${highlightCount(total)}`}
      </span>
      <select
        aria-label="Export format"
        value={format}
        onChange={(e) => setFormat(e.currentTarget.value as ExportId | '')}
      >
        <option value="">choose a format…</option>
        {EXPORTS.map((x) => (
          <option key={x.id} value={x.id}>
            {x.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={!format}
        title={format ? undefined : 'Choose a format first'}
        onClick={() => {
          if (format) onExport(format);
        }}
      >
        Export
      </button>
      {/* The label is the button; the input stays in the tab order (not `hidden`), so the keyboard reaches it. */}
      <label class="button">
        Import JSON-LD or Hypothesis
        <input
          type="file"
          accept=".jsonld,.json,application/ld+json,application/json"
          class="sr"
          data-testid="library-import"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) onImport(file);
          }}
        />
      </label>
      <button type="button" onClick={onDeleteShown} disabled={!shown} data-testid="delete-shown">
        {deleteLabel(shown, total)}
      </button>
    </div>
  );
}

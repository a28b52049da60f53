import { EXPORTS, type ExportId } from './exports';

// Search, export, import and delete-all: the library's controls, all reachable by keyboard.

interface Props {
  query: string;
  onQuery(q: string): void;
  onExport(id: ExportId): void;
  onImport(file: File): void;
  onDeleteAll(): void;
  shown: number;
  total: number;
}

/** The bar above the list. */
export function Toolbar({ query, onQuery, onExport, onImport, onDeleteAll, shown, total }: Props) {
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
        {shown === total ? `${total} highlights` : `${shown} of ${total} highlights`}
      </span>
      <label>
        Export{' '}
        <select
          aria-label="Export format"
          onChange={(e) => {
            const id = e.currentTarget.value as ExportId | '';
            e.currentTarget.value = '';
            if (id) onExport(id);
          }}
        >
          <option value="">choose a format…</option>
          {EXPORTS.map((x) => (
            <option key={x.id} value={x.id}>
              {x.label}
            </option>
          ))}
        </select>
      </label>
      <label class="button">
        Import JSON-LD
        <input
          type="file"
          accept=".jsonld,.json,application/ld+json"
          hidden
          data-testid="library-import"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) onImport(file);
          }}
        />
      </label>
      <button type="button" onClick={onDeleteAll} disabled={!total}>
        Delete all
      </button>
    </div>
  );
}

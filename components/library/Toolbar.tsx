import { useState } from 'preact/hooks';
import { highlightCount } from '@/utils/highlights/library';
import { deleteLabel } from './DeleteConfirm';
import { EXPORTS, type ExportId } from './exports';
import { formatNumber, t, tn } from '@/utils/browser/i18n';

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
        aria-label={t('library_searchLabel')}
        placeholder={t('library_searchPlaceholder')}
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
      />
      <span role="status" data-testid="library-count">
        {shown === total ? highlightCount(total) : tn('library_shownOf', total, [formatNumber(shown)])}
      </span>
      <select
        aria-label={t('library_exportFormat')}
        value={format}
        onChange={(e) => setFormat(e.currentTarget.value as ExportId | '')}
      >
        <option value="">{t('library_chooseFormat')}</option>
        {EXPORTS.map((x) => (
          <option key={x.id} value={x.id}>
            {t(x.label)}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={!format}
        title={format ? undefined : t('library_chooseFormatFirst')}
        onClick={() => {
          if (format) onExport(format);
        }}
      >
        {t('library_export')}
      </button>
      {/* The label is the button; the input stays in the tab order (not `hidden`), so the keyboard reaches it. */}
      <label class="button">
        {t('library_import')}
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

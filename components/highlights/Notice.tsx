import { trusted } from '@/utils/dom/trusted';
import { t, wordsLocale } from '@/utils/browser/i18n';

// A short message on the page: a failed save (with retry), or a hint. Failures are announced to screen readers.

interface Props {
  kind: 'error' | 'info';
  text: string;
  onRetry?: () => void;
  onClose(): void;
}

/** A dismissable message; `onRetry` adds a retry button. */
export function Notice({ kind, text, onRetry, onClose }: Props) {
  return (
    <div
      class={`panel ${kind === 'error' ? 'error' : ''}`}
      role={kind === 'error' ? 'alert' : 'status'}
      data-testid="highlight-notice"
      lang={wordsLocale()}
    >
      {kind === 'error' ? <strong>{t('highlights_notSavedYet')} </strong> : null}
      {text}
      <div class="row">
        {onRetry ? (
          <button type="button" onClick={trusted(onRetry)}>
            {t('highlights_retry')}
          </button>
        ) : null}
        <button type="button" class="quiet" onClick={onClose}>
          {t('common_close')}
        </button>
      </div>
    </div>
  );
}

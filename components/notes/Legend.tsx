import { t } from '@/utils/browser/i18n';

interface Props {
  /** Whether claims no other source reports are underlined (dotted) too. */
  underlineUnreported: boolean;
  /** Held by the parent, which moves what is below the key down when it opens (Rail.tsx). */
  open: boolean;
  onToggle(): void;
}

/** What the notes' numbers and the underlines mean: a button the keyboard reaches, and the key it unfolds, in
 *  text a screen reader reads (the samples are pictures of the real marks, hidden from it). */
export function Legend({ underlineUnreported, open, onToggle }: Props) {
  return (
    <div class="legend-wrap">
      <button
        type="button"
        class="legend-button"
        data-testid="legend-button"
        aria-expanded={open}
        aria-controls="sl-legend"
        onClick={onToggle}
      >
        {t('notes_legendButton')}
      </button>
      {open && (
        <ul class="legend" id="sl-legend" data-testid="legend">
          <li>
            <span class="count" aria-hidden="true">
              2
            </span>
            <span>{t('notes_legendCount')}</span>
          </li>
          <li>
            <span class="count none" aria-hidden="true">
              –
            </span>
            <span>{t('notes_legendNone')}</span>
          </li>
          <li>
            <span class="badge" aria-hidden="true">
              ≠ 3
            </span>
            <span>{t('notes_legendBadge')}</span>
          </li>
          <li>
            <span class="sample-line" aria-hidden="true" />
            <span>
              {t('notes_legendUnderline')} {t(underlineUnreported ? 'notes_legendDotted' : 'notes_legendNotDotted')}
            </span>
          </li>
        </ul>
      )}
    </div>
  );
}

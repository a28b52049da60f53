import { withRailChoice, type NotesView } from '@/utils/notes/view-settings';
import { t } from '@/utils/browser/i18n';

interface Props {
  view: NotesView;
  /** Applies a change to the stored record (read afresh by the caller). */
  onChange(change: (view: NotesView) => NotesView): void;
}

/** The options page's settings for how the notes look: the underlines, and the sites where the reader folded
 *  or opened the notes' rail (each can be forgotten: the page then decides again). */
export function NotesLookOptions({ view, onChange }: Props) {
  const sites = Object.entries(view.rail).sort(([a], [b]) => a.localeCompare(b));
  return (
    <main>
      <h1>{t('options_pageTitle')}</h1>
      <fieldset>
        <legend>{t('options_underlines')}</legend>
        <p>{t('options_underlinesAbout')}</p>
        <label>
          <input
            type="checkbox"
            data-testid="underline-unreported"
            checked={view.underlineUnreported}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              onChange((v) => ({ ...v, underlineUnreported: on }));
            }}
          />{' '}
          {t('options_underlineUnreported')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('options_margin')}</legend>
        <p>{t('options_marginAbout')}</p>
        {sites.length ? (
          <ul class="sites" data-testid="rail-sites">
            {sites.map(([site, choice]) => (
              <li key={site}>
                {site}: {t(choice === 'folded' ? 'options_folded' : 'options_open')}
                <button
                  type="button"
                  aria-label={t('options_forgetLabel', [site])}
                  onClick={() => onChange((v) => withRailChoice(v, site, null))}
                >
                  {t('options_forget')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p data-testid="rail-sites">{t('options_noSites')}</p>
        )}
      </fieldset>
    </main>
  );
}

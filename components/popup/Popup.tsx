import type { ComponentChildren } from 'preact';
import type { TabStatus } from '@/utils/messages';
import type { Settings } from '@/utils/notes/settings';
import { formatNumber, t, tn } from '@/utils/browser/i18n';
import { tParts } from '../message-parts';

interface Props {
  status: TabStatus | null;
  /** The tab's site (host name), or null on pages notes never run on. */
  site: string | null;
  settings: Settings;
  onSiteOff(off: boolean): void;
  onPause(paused: boolean): void;
  /** The stories part (components/popup/StoriesSection), drawn under the tab's status. */
  children?: ComponentChildren;
}

function Found({ status }: { status: TabStatus }) {
  const notes = status.notes;
  const read = tn('popup_read', status.textLength, [status.title]);
  if (!notes?.story) return <p data-testid="tab-status">{t('popup_readNoStory', [read])}</p>;
  return (
    <div data-testid="tab-status">
      <p class="read">{t('popup_readStory', [read])}</p>
      <p>{tParts('popup_storyFound', [<strong data-testid="story-title">{notes.story.title}</strong>])}</p>
      <p data-testid="claims-linked">{tn('popup_claimsLinked', notes.claims, [formatNumber(notes.linked)])}</p>
      {notes.sources.length > 0 && (
        <ul class="sources" data-testid="sources">
          {notes.sources.map((s) => (
            <li key={s.outlet}>
              {s.outlet}: {tn('popup_claims', s.claims)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The toolbar popup: what Sidelight found on the current tab, and the switches for this site and everywhere. */
export function Popup({ status, site, settings, onSiteOff, onPause, children }: Props) {
  const siteOff = site !== null && settings.disabledSites.includes(site);
  return (
    <main>
      <h1>Sidelight</h1>
      {status ? <Found status={status} /> : <p data-testid="tab-status">{t('popup_noStory')}</p>}
      {children}
      <fieldset>
        <legend>{t('notes_sideNotes')}</legend>
        {site && (
          <label>
            <input
              type="checkbox"
              data-testid="site-off"
              checked={siteOff}
              onChange={(e) => onSiteOff(e.currentTarget.checked)}
            />{' '}
            {t('popup_siteOff', [site])}
          </label>
        )}
        <label>
          <input
            type="checkbox"
            data-testid="pause"
            checked={settings.paused}
            onChange={(e) => onPause(e.currentTarget.checked)}
          />{' '}
          {t('popup_pause')}
        </label>
        {/* The settings page (entrypoints/options): the underlines, and each site's folded or open notes. */}
        <a href="/options.html" target="_blank" data-testid="open-settings">
          {t('popup_settingsLink')}
        </a>
      </fieldset>
    </main>
  );
}

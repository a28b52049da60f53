import type { ComponentChildren } from 'preact';
import type { TabStatus } from '@/utils/messages';
import type { Settings } from '@/utils/notes/settings';

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
  const read = `Read “${status.title}” (${status.textLength.toLocaleString()} characters)`;
  if (!notes?.story) return <p data-testid="tab-status">{read}: no known story on this page.</p>;
  return (
    <div data-testid="tab-status">
      <p class="read">{read}.</p>
      <p>
        Story found: <strong data-testid="story-title">{notes.story.title}</strong>
      </p>
      <p data-testid="claims-linked">
        {notes.linked} of {notes.claims} claims reported by other sources.
      </p>
      {notes.sources.length > 0 && (
        <ul class="sources" data-testid="sources">
          {notes.sources.map((s) => (
            <li key={s.outlet}>
              {s.outlet}: {s.claims} claim{s.claims === 1 ? '' : 's'}
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
      {status ? <Found status={status} /> : <p data-testid="tab-status">No known story on this page.</p>}
      {children}
      <fieldset>
        <legend>Side notes</legend>
        {site && (
          <label>
            <input
              type="checkbox"
              data-testid="site-off"
              checked={siteOff}
              onChange={(e) => onSiteOff(e.currentTarget.checked)}
            />{' '}
            Off on {site}
          </label>
        )}
        <label>
          <input
            type="checkbox"
            data-testid="pause"
            checked={settings.paused}
            onChange={(e) => onPause(e.currentTarget.checked)}
          />{' '}
          Pause everywhere
        </label>
        {/* The settings page (entrypoints/options): the underlines, and each site's folded or open notes. */}
        <a href="/options.html" target="_blank" data-testid="open-settings">
          Underlines and the notes’ margin…
        </a>
      </fieldset>
    </main>
  );
}

import { withRailChoice, type NotesView } from '@/utils/notes/view-settings';

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
      <h1>Sidelight settings</h1>
      <fieldset>
        <legend>Underlines in articles</legend>
        <p>Claims that other outlets report are underlined. Most other sentences are claims no one else reports.</p>
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
          Also underline claims no other outlet reports (dotted)
        </label>
      </fieldset>
      <fieldset>
        <legend>The notes’ margin</legend>
        <p>
          Where a site’s own content (a sidebar, a sign-up form) fills the margin, the notes fold into markers beside
          the text. The » or « control at the top of the notes folds or opens them, and is remembered for the site.
        </p>
        {sites.length ? (
          <ul class="sites" data-testid="rail-sites">
            {sites.map(([site, choice]) => (
              <li key={site}>
                {site}: {choice === 'folded' ? 'folded into markers' : 'open in the margin'}
                <button
                  type="button"
                  aria-label={`Forget the choice for ${site}`}
                  onClick={() => onChange((v) => withRailChoice(v, site, null))}
                >
                  Forget
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p data-testid="rail-sites">No site has a choice of its own yet.</p>
        )}
      </fieldset>
    </main>
  );
}

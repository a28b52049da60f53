// How the notes look, as the reader chose: whether claims no other source reports are underlined too (dotted),
// and, per site, whether the rail is folded into markers or kept open over the page's own margin. A record of
// its own (not the on/off settings in settings.ts), so the article script can write a site's rail choice
// without racing the popup's switches. Stored in storage.local, versioned; read by the article script and the
// options page.

/** The storage.local key of the record. */
export const NOTES_VIEW_KEY = 'notes-view';

/** A site's rail, as the reader last set it with the rail's fold control. */
export type RailChoice = 'folded' | 'open';

export interface NotesView {
  v: 1;
  /** Dotted underlines under claims that no other source reports (off by default: most sentences are such). */
  underlineUnreported: boolean;
  /** Host name (lower case) → the reader's choice there; a site not listed follows the page (folds when the
   *  margin holds the page's own content). */
  rail: Record<string, RailChoice>;
}

/** Sites remembered at most: a bound, so a record written wrong cannot grow without end. */
export const MAX_RAIL_SITES = 5000;

export const DEFAULT_NOTES_VIEW: NotesView = { v: 1, underlineUnreported: false, rail: {} };

const defaults = (): NotesView => ({ ...DEFAULT_NOTES_VIEW, rail: {} });
const HOST = /^[a-z0-9.-]{1,253}$|^\[[0-9a-f:.]{2,45}\]$/;

/** Why a stored record is not a valid one, naming the field; null when it is. */
export function notesViewProblem(raw: unknown): string | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return 'notes-view: must be an object';
  const r = raw as Record<string, unknown>;
  // Version 1 is the first; a later version adds a migration from the one before here.
  if (r.v !== 1) return 'v: must be 1';
  const extra = Object.keys(r).find((k) => !['v', 'underlineUnreported', 'rail'].includes(k));
  if (extra) return `${extra}: unknown field`;
  if (typeof r.underlineUnreported !== 'boolean') return 'underlineUnreported: must be true or false';
  if (!r.rail || typeof r.rail !== 'object' || Array.isArray(r.rail)) return 'rail: must be an object';
  const entries = Object.entries(r.rail);
  if (entries.length > MAX_RAIL_SITES) return `rail: more than ${MAX_RAIL_SITES} sites`;
  for (const [site, choice] of entries) {
    if (!HOST.test(site)) return `rail.${site}: not a host name`;
    if (choice !== 'folded' && choice !== 'open') return `rail.${site}: must be "folded" or "open"`;
  }
  return null;
}

/** Reads a stored record: a record with any field wrong is rejected whole and the defaults apply (a half-read
 *  record could leave one site folded with no way to tell why); the caller may log `notesViewProblem`. */
export function parseNotesView(raw: unknown): NotesView {
  if (raw === undefined || notesViewProblem(raw)) return defaults();
  const r = raw as NotesView;
  return { v: 1, underlineUnreported: r.underlineUnreported, rail: { ...r.rail } };
}

/** The reader's choice for `site`, if any. */
export function railChoice(view: NotesView, site: string | null): RailChoice | null {
  return (site && Object.hasOwn(view.rail, site) && view.rail[site]) || null;
}

/** The record with `site`'s rail set to `choice` (null: forget it, the page decides again). */
export function withRailChoice(view: NotesView, site: string, choice: RailChoice | null): NotesView {
  const rail = Object.fromEntries(Object.entries(view.rail).filter(([s]) => s !== site));
  if (choice) rail[site] = choice;
  // The oldest choices go first when the bound is reached (entries keep their insertion order).
  const kept = Object.entries(rail).slice(-MAX_RAIL_SITES);
  return { ...view, rail: Object.fromEntries(kept) };
}

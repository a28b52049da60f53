// The reader's switches: pause everywhere, and sites where notes are off. Stored in storage.local as one
// versioned record; anything unreadable falls back to the defaults rather than breaking every page.
// No schema library here: the always-on content script reads this and must stay small.

/** The storage.local key of the settings record. */
export const SETTINGS_KEY = 'settings';

export interface Settings {
  v: 1;
  paused: boolean;
  /** Host names (lower case) where notes are off. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { v: 1, paused: false, disabledSites: [] };

/** Reads a stored settings record of any version; unknown or malformed input yields the defaults. */
export function parseSettings(raw: unknown): Settings {
  if (!raw || typeof raw !== 'object') return { ...DEFAULT_SETTINGS, disabledSites: [] };
  const r = raw as Record<string, unknown>;
  // Version 1 is the first; a later version adds a case here that migrates from the one before.
  if (r.v !== 1) return { ...DEFAULT_SETTINGS, disabledSites: [] };
  const sites = Array.isArray(r.disabledSites) ? r.disabledSites.filter((s): s is string => typeof s === 'string') : [];
  return { v: 1, paused: r.paused === true, disabledSites: sites.slice(0, 10_000) };
}

/** The site a setting applies to: the address's host name, or null for non-web pages. */
export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** Whether notes may be shown on `url` under `settings`. */
export function notesAllowed(settings: Settings, url: string): boolean {
  const site = siteOf(url);
  return !settings.paused && site !== null && !settings.disabledSites.includes(site);
}

/** Settings with notes switched off (`off`) or back on for `site`. */
export function withSite(settings: Settings, site: string, off: boolean): Settings {
  const others = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: off ? [...others, site] : others };
}

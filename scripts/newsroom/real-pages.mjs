// Serves the saved real pages of ../shared/fixtures/real-pages (Mozilla Readability's test pages) at
// /real/<slug>/. The folder lies outside the repository and may be absent; a request's slug must name one of
// its folders exactly, so no path from a request ever reaches the file system.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Saved pages reference ad servers, fonts and images on the web; in a browser this policy keeps every one of
// those requests from leaving the machine (and the page's own scripts from running).
export const REAL_PAGE_CSP =
  "default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; " +
  "media-src 'self' data:; base-uri 'none'; form-action 'none'";

const SLUG = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** Where the real pages live, relative to the repository root. */
export function realPagesDir(repoRoot) {
  return join(repoRoot, '..', 'shared', 'fixtures', 'real-pages');
}

/** The slugs of the saved pages (folders with a source.html), or null when the folder is absent. */
export function listRealPages(dir) {
  if (!existsSync(dir)) return null;
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && SLUG.test(d.name) && existsSync(join(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

/** Reads the saved page for `slug` if it is one of `slugs`; otherwise null. */
export function readRealPage(dir, slugs, slug) {
  if (!slugs || !SLUG.test(slug) || !slugs.includes(slug)) return null;
  return readFileSync(join(dir, slug, 'source.html'));
}

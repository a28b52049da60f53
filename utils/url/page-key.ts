// Three rules decide whether two addresses are "the same page", each for its own question; this file holds the
// strictest, and says how the others relate to it:
//
// - pageKey (here): the same document. Only the #fragment is dropped, because a fragment change scrolls or
//   routes within one document. Used for "did this tab navigate?" and "are these notes for this page?".
// - canonicalUrl (canonical-url.ts): the same article, for filing highlights. It starts from the page key, drops
//   tracking parameters, credentials and AMP suffixes, and takes the page's rel=canonical only when that is on
//   the page's own site (same-site.ts): a page must never file itself under another site, or it could read and
//   change the highlights the reader saved there. The background derives it from the browser's address of the
//   sender, never from what the page says its address is.
// - normaliseUrl (utils/engine/self.ts): loosest, and for no access decision: whether a story's article is the
//   page being read (scheme, "www.", query and trailing slash ignored), so the page is not linked to itself.

/** The address of the document `url` names: `url` without its #fragment (anything else kept as written). */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** True when `a` and `b` name the same document (see pageKey). */
export const samePage = (a: string, b: string): boolean => pageKey(a) === pageKey(b);

// Addresses in Sidelight's pages and exports come from outside (story packs, imports, pages' own links): only
// web addresses are ever made links.

/** True for an absolute http(s) address; anything else (javascript:, data:, relative) is never linked. */
export function isWebUrl(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

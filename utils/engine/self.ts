// Which pack articles the text being read is itself (never linked to) and which are copies of it (linked
// as "copy", not as corroboration).

import type { EngineIndex } from './build';
import { containment, isCopy } from './copies';
import { LINK } from './tunables';

/** Normalises an address for comparison: no scheme, "www.", query, fragment or trailing slash. */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./u, '')}${u.pathname.replace(/\/+$/u, '')}`.toLowerCase();
  } catch {
    return url.trim().toLowerCase();
  }
}

/** The articles of one story that are the text itself, and those that are copies of it. */
export function selfAndCopies(
  index: EngineIndex,
  story: number,
  textShingles: Set<string>,
  url?: string,
): { self: Set<number>; copies: Set<number> } {
  const self = new Set<number>();
  const copies = new Set<number>();
  const here = url ? normaliseUrl(url) : null;
  for (const a of index.stories[story]!.articles) {
    const art = index.articles[a]!;
    if (here && art.url && normaliseUrl(art.url) === here) {
      self.add(a);
      continue;
    }
    const inside = containment(textShingles, art.shingles);
    const back = containment(art.shingles, textShingles);
    if (inside >= LINK.selfShare && back >= LINK.selfShare) self.add(a);
    else if (isCopy(textShingles, art.shingles)) copies.add(a);
  }
  return { self, copies };
}

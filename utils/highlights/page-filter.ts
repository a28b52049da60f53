import { hashPair } from '../hash';

// Which pages may have highlights, as a Bloom filter the background publishes in storage.local: the always-on
// content script reads it with its other settings and asks the background (waking the service worker) only
// on pages the filter does not rule out. A fixed 64 Kbit filter is 11 KB to read on every page whatever the
// number of highlights (and an empty string while there are none); with 10,000 highlighted pages about 5% of
// other pages still ask, with 1,000 about 0.01%. It never rules out a page that has highlights.

/** The storage.local key of the published filter. */
export const HIGHLIGHT_PAGES_KEY = 'highlightPages';

const BITS = 1 << 16;
const HASHES = 3;
const BITS_PER_CHAR = 6;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function positions(url: string): number[] {
  const [a, b] = hashPair(url);
  return Array.from({ length: HASHES }, (_, i) => (a + i * (b | 1)) % BITS);
}

/** The filter of a set of canonical page addresses, as a string of 6-bit characters; "" when the set is empty. */
export function buildPageFilter(urls: Iterable<string>): string {
  const chars = new Uint8Array(Math.ceil(BITS / BITS_PER_CHAR));
  let empty = true;
  for (const url of urls) {
    empty = false;
    for (const p of positions(url)) chars[Math.floor(p / BITS_PER_CHAR)]! |= 1 << (p % BITS_PER_CHAR);
  }
  return empty ? '' : Array.from(chars, (c) => ALPHABET[c]).join('');
}

/**
 * False only when the page surely has no highlights; true when it may (or when there is no valid filter).
 * The address is asked for only when needed: with no highlights at all, no page works it out.
 */
export function mayHaveHighlights(filter: unknown, canonicalUrl: () => string): boolean {
  if (filter === '') return false;
  if (typeof filter !== 'string' || filter.length !== Math.ceil(BITS / BITS_PER_CHAR)) return true;
  return positions(canonicalUrl()).every((p) => {
    const c = ALPHABET.indexOf(filter[Math.floor(p / BITS_PER_CHAR)]!);
    return (c & (1 << (p % BITS_PER_CHAR))) !== 0;
  });
}

// Links that open another article scrolled to a passage: URL text fragments (`#:~:text=start,end`), which
// Chromium and Safari follow and other browsers ignore harmlessly. Only http(s) addresses ever become links,
// because the address comes from a story pack, that is from outside the extension.

/** Words kept at each end of a long passage: enough to be unique on a page, short enough to survive edits. */
const EDGE_WORDS = 4;
/** Passages up to this many words are quoted whole. */
const WHOLE_WORDS = 10;

/** Percent-encodes one term of a text directive, including the `-`, `,` and `&` the syntax reserves. */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** The `text=` directive value for a passage: whole when short, `start,end` when long; null when empty. */
export function textDirective(passage: string): string | null {
  const words = passage.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  if (words.length <= WHOLE_WORDS) return encodeFragmentTerm(words.join(' '));
  const start = words.slice(0, EDGE_WORDS).join(' ');
  const end = words.slice(-EDGE_WORDS).join(' ');
  return `${encodeFragmentTerm(start)},${encodeFragmentTerm(end)}`;
}

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

/** The address of `url` scrolled to `passage`, or null when `url` is not a web address. */
export function textFragmentUrl(url: string | null | undefined, passage: string): string | null {
  if (!isWebUrl(url)) return null;
  const parsed = new URL(url);
  const directive = textDirective(passage);
  if (!directive) return parsed.href;
  // Keep the page's own fragment (some sites route by it) and replace any directive already there.
  const own = parsed.hash.replace(/^#/, '').split(':~:')[0] ?? '';
  parsed.hash = '';
  return `${parsed.href}#${own}:~:text=${directive}`;
}

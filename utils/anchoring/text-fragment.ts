// Links that open a page scrolled to a passage: URL text fragments (`#:~:text=prefix-,start,end,-suffix`),
// which Chromium and Safari follow and other browsers ignore harmlessly, with no script of ours on that page.
// One builder serves side notes, the coverage view, the library and the Markdown export. Only http(s)
// addresses ever become links, because addresses come from story packs and imports, from outside.
import { isWebUrl } from '../url/web-url';
import { wellFormed } from '../well-formed';

/** A passage to target, with the text just before and after it where known (saved highlights). */
export interface FragmentTarget {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Words kept at each end of a long passage: enough to be unique on a page, short enough to survive edits. */
const EDGE_WORDS = 4;
/** Passages up to this many words are quoted whole. */
const WHOLE_WORDS = 10;
/** Words of context before and after, which tell apart two places with the same words. */
const CONTEXT_WORDS = 3;

/** Percent-encodes one term of a text directive, including the `-`, `,` and `&` the syntax reserves. A lone
 *  surrogate (text stored before imports repaired them) becomes U+FFFD: encodeURIComponent throws on one. */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(wellFormed(term)).replace(/-/g, '%2D');
}

const wordsOf = (s: string) => s.trim().split(/\s+/u).filter(Boolean);

// The browser matches context by whole words, so a context word cut by the passage's edge is left out:
// the text before must end in a space (the passage starts a word), and its first word may itself be cut.
function prefixWords(prefix = ''): string {
  if (!/\s$/u.test(prefix)) return '';
  const words = wordsOf(prefix);
  if (!/^\s/u.test(prefix) && words.length > 1) words.shift();
  return words.slice(-CONTEXT_WORDS).join(' ');
}

function suffixWords(suffix = ''): string {
  if (!/^\s/u.test(suffix)) return '';
  const words = wordsOf(suffix);
  if (!/\s$/u.test(suffix) && words.length > 1) words.pop();
  return words.slice(0, CONTEXT_WORDS).join(' ');
}

/** The `text=` directive value for a passage: whole when short, `start,end` when long, with whole-word
 *  context where given; null when the passage is empty. */
export function textDirective(target: FragmentTarget): string | null {
  const words = wordsOf(target.exact);
  if (words.length === 0) return null;
  const body =
    words.length <= WHOLE_WORDS
      ? encodeFragmentTerm(words.join(' '))
      : `${encodeFragmentTerm(words.slice(0, EDGE_WORDS).join(' '))},${encodeFragmentTerm(words.slice(-EDGE_WORDS).join(' '))}`;
  const pre = prefixWords(target.prefix);
  const suf = suffixWords(target.suffix);
  return `${pre ? `${encodeFragmentTerm(pre)}-,` : ''}${body}${suf ? `,-${encodeFragmentTerm(suf)}` : ''}`;
}

/** The address of `url` scrolled to the passage, or null when `url` is not a web address. */
export function textFragmentUrl(url: string | null | undefined, target: FragmentTarget): string | null {
  if (!isWebUrl(url)) return null;
  const parsed = new URL(url);
  const directive = textDirective(target);
  if (!directive) return parsed.href;
  // Keep the page's own fragment (some sites route by it) and replace any directive already there.
  const own = parsed.hash.replace(/^#/, '').split(':~:')[0] ?? '';
  parsed.hash = '';
  return `${parsed.href}#${own}:~:text=${directive}`;
}

// URL text fragments (`#:~:text=prefix-,start,end,-suffix`) open a page scrolled to a passage, with no script
// of ours on that page. The browser matches whole words only, so context is cut back to whole words.
import type { QuoteSelector } from './types';

/** Quotes longer than this are given as a start and an end, as browsers match long ones poorly. */
const LONG = 160;
const EDGE_WORDS = 5;

// The fragment syntax reserves `-`, `,` and `&`; encodeURIComponent leaves `-` alone.
const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The last whole words of the text before a quote, or '' when the quote starts mid-word. */
function prefixWords(prefix: string): string {
  if (!prefix || !/\s$/.test(prefix)) return '';
  const words = squash(prefix).split(' ');
  if (!/^\s/.test(prefix) && words.length > 1) words.shift(); // The first word may be cut.
  return words.slice(-3).join(' ');
}

function suffixWords(suffix: string): string {
  if (!suffix || !/^\s/.test(suffix)) return '';
  const words = squash(suffix).split(' ');
  if (!/\s$/.test(suffix) && words.length > 1) words.pop();
  return words.slice(0, 3).join(' ');
}

/** The `:~:text=` directive (without `#`) that targets `quote`. */
export function textDirective(quote: QuoteSelector): string {
  const exact = squash(quote.exact);
  const words = exact.split(' ');
  const body =
    exact.length > LONG && words.length > EDGE_WORDS * 2
      ? `${enc(words.slice(0, EDGE_WORDS).join(' '))},${enc(words.slice(-EDGE_WORDS).join(' '))}`
      : enc(exact);
  const pre = prefixWords(quote.prefix);
  const suf = suffixWords(quote.suffix);
  return `:~:text=${pre ? `${enc(pre)}-,` : ''}${body}${suf ? `,-${enc(suf)}` : ''}`;
}

/** `url` with its fragment replaced by a text fragment targeting `quote`. */
export function urlWithTextFragment(url: string, quote: QuoteSelector): string {
  return `${url.split('#')[0]}#${textDirective(quote)}`;
}

// One article reached under many addresses (campaign links, share links, AMP pages) is one article: highlights
// are keyed by the address this module derives. Pure: the content script passes what the page says, and the
// background derives the same key from the sender's address, so the two agree on which pages may have highlights.
import { pageKey } from './page-key';
import { sameSite } from './same-site';
import { byCodeUnits } from '../code-order';

/** Query parameters that identify a campaign or a click, never the document. */
const TRACKING =
  /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|_hsenc|_hsmi|mkt_tok|ref_src|ref_url|cmpid|ocid|smid|smtyp|at_medium|at_campaign|at_custom\d|ns_source|ns_mchannel|ns_campaign|ns_linkname|sr_share|ito|s_cid|icid|share_id|amp|outputtype)$/i;

function clean(raw: string, base?: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  // Most addresses have no query; this runs on every page, so they skip the parameter work.
  if (url.search) {
    const kept = [...url.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => byCodeUnits(a, b));
    url.search = new URLSearchParams(kept).toString();
  }
  // AMP editions live under /amp or end in .amp; the article is the same.
  url.pathname = url.pathname.replace(/\/amp\/?$/i, '/').replace(/\.amp(\.html?)?$/i, '$1') || '/';
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

/**
 * The canonical address of a page: its `rel=canonical` when that is an http(s) address on the page's own site,
 * else its own address; either way without fragment, credentials, tracking parameters or AMP suffix, with the rest
 * of the query sorted. A canonical on another site is ignored: the page cannot file itself under that site.
 */
export function canonicalUrl(pageUrl: string, relCanonical?: string | null): string {
  const own = clean(pageUrl);
  const fromLink = relCanonical ? clean(relCanonical, pageUrl) : null;
  const trusted = fromLink && own && sameSite(fromLink, own) ? fromLink : null;
  return (trusted ?? own)?.href ?? pageKey(pageUrl);
}

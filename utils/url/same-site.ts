// Whether two addresses belong to one site, decided without a public-suffix list and so on the cautious side: a
// page may name another address of its own article (`rel=canonical`), never another site's, or it could read and
// write the reader's highlights filed under that site. Without the list, `news.example.co.uk` and
// `shop.example.co.uk` cannot be told apart from two customers of one host, so siblings are kept apart.

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** True for hosts written as an IP address (IPv4, or IPv6 in brackets as URL writes it). */
const isIp = (host: string) => IPV4.test(host) || host.startsWith('[');

/**
 * True when `a` and `b` have the same scheme and either the same host, or one host is a subdomain of the other
 * and the shorter has at least one dot and is no IP address (`www.example.com` and `example.com` are one site;
 * `example.com` and `com`, `a.example.com` and `b.example.com`, `127.0.0.1` and `localhost` are not). Ports
 * do not count, as for a site.
 */
export function sameSite(a: URL, b: URL): boolean {
  if (a.protocol !== b.protocol) return false;
  const [x, y] = [a.hostname, b.hostname];
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return !isIp(short) && !isIp(long) && short.includes('.') && long.endsWith(`.${short}`);
}

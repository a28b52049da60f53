// What a page says about itself (title, outlet, author, date, canonical address), read from the usual places:
// Open Graph and article meta tags, schema.org JSON-LD, <time>, <html lang>. Read-only.
import type { PageMeta } from '../highlights/types';

const meta = (doc: Document, ...names: string[]): string | undefined => {
  for (const n of names) {
    const el = doc.querySelector<HTMLMetaElement>(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.content?.trim();
    if (v) return v;
  }
  return undefined;
};

type Json = Record<string, unknown>;

/** The first schema.org Article-like object in the page's JSON-LD scripts, if any. */
function jsonLdArticle(doc: Document): Json | undefined {
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(s.textContent ?? '') as unknown;
      const items = (
        Array.isArray(data) ? data : [data, ...(((data as Json)?.['@graph'] as unknown[]) ?? [])]
      ) as Json[];
      const found = items.find((i) => /Article|Posting|Report/.test(String(i?.['@type'] ?? '')));
      if (found) return found;
    } catch {
      // Malformed JSON-LD is common on real pages; other sources still apply.
    }
  }
  return undefined;
}

const nameOf = (v: unknown): string | undefined => {
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first === 'string') return first;
  const name = (first as Json | undefined)?.['name'];
  return typeof name === 'string' ? name : undefined;
};

/** Title, outlet, author, publication date and language of `doc`, where the page states them. */
export function readPageMeta(doc: Document = document): PageMeta {
  const ld = jsonLdArticle(doc);
  const clip = (s: string | undefined, n: number) => (s ? s.replace(/\s+/g, ' ').trim().slice(0, n) : undefined);
  const out: PageMeta = {
    title: clip(meta(doc, 'og:title') ?? (ld?.['headline'] as string | undefined) ?? doc.title, 2000) ?? '',
  };
  const outlet = clip(meta(doc, 'og:site_name', 'application-name') ?? nameOf(ld?.['publisher']), 300);
  const author = clip(meta(doc, 'author', 'article:author', 'byl') ?? nameOf(ld?.['author']), 500);
  const published = clip(
    meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate') ??
      (ld?.['datePublished'] as string | undefined) ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      undefined,
    100,
  );
  const lang = clip(doc.documentElement.lang, 35);
  return {
    ...out,
    ...(outlet && { outlet }),
    ...(author && { author }),
    ...(published && { published }),
    ...(lang && { lang }),
  };
}

/** The page's `rel=canonical` address, resolved, if it declares one. */
export function canonicalHref(doc: Document = document): string | undefined {
  return doc.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]')?.href || undefined;
}

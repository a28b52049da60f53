// Small helpers shared by the exporters: sources (one per canonical address), dates, grouping. Pure.
import type { Highlight } from '../highlights/types';

/** One cited source: the article behind one or more highlights. */
export interface Source {
  canonicalUrl: string;
  url: string;
  title: string;
  outlet?: string;
  author?: string;
  published?: string;
  /** The page's language (BCP 47), when it gives one. */
  lang?: string;
  /** When the first highlight on it was saved (the access date of a citation). */
  accessed: number;
  highlights: Highlight[];
}

/** The sources of `highlights`, one per canonical address, in order of first highlight. */
export function sourcesOf(highlights: readonly Highlight[]): Source[] {
  const byUrl = new Map<string, Source>();
  for (const h of [...highlights].sort((a, b) => a.created - b.created)) {
    const s = byUrl.get(h.canonicalUrl);
    if (s) s.highlights.push(h);
    else {
      const { title, outlet, author, published, lang } = h.page;
      byUrl.set(h.canonicalUrl, {
        canonicalUrl: h.canonicalUrl,
        url: h.url,
        title,
        ...(outlet && { outlet }),
        ...(author && { author }),
        ...(published && { published }),
        ...(lang && { lang }),
        accessed: h.created,
        highlights: [h],
      });
    }
  }
  return [...byUrl.values()];
}

/** `ms` as an ISO 8601 date-time in UTC (exports must not depend on the machine's time zone). */
export const isoTime = (ms: number): string => new Date(ms).toISOString();

/** The year, month and day of an ISO date string, when it has them. */
export function dateParts(iso: string | undefined): [number, number?, number?] | null {
  const m = iso?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!m) return null;
  const parts: [number, number?, number?] = [Number(m[1])];
  if (m[2]) parts[1] = Number(m[2]);
  if (m[3]) parts[2] = Number(m[3]);
  return parts;
}

/** A byline split into authors ("A and B", "A, B"). */
export const splitAuthors = (author: string | undefined): string[] =>
  (author ?? '')
    .split(/\s*(?:,|;|\band\b|&)\s*/)
    .map((a) => a.trim())
    .filter(Boolean);

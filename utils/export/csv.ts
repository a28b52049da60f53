// CSV (RFC 4180) of highlights, one row each, for spreadsheets. Cells that a spreadsheet would run as a formula
// are prefixed with an apostrophe: the text comes from other people's pages.
import type { Highlight } from '../highlights/types';
import { isoTime } from './common';

const COLUMNS = [
  'id',
  'quote',
  'comment',
  'tags',
  'title',
  'outlet',
  'author',
  'published',
  'url',
  'canonical_url',
  'story',
  'created',
  'updated',
  'links',
] as const;

/** One RFC 4180 field, safe to open in a spreadsheet. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The highlights as CSV text with a header row and CRLF line ends. */
export function toCsv(highlights: readonly Highlight[]): string {
  const rows = highlights.map((h) =>
    [
      h.id,
      h.quote.exact,
      h.comment,
      h.tags.join('; '),
      h.page.title,
      h.page.outlet ?? '',
      h.page.author ?? '',
      h.page.published ?? '',
      h.url,
      h.canonicalUrl,
      h.storyId ?? '',
      isoTime(h.created),
      isoTime(h.updated),
      h.links.map((l) => `${l.outlet}: ${l.url}`).join(' | '),
    ].map(csvCell),
  );
  return [COLUMNS.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';
}

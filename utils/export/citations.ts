// The cited sources as CSL-JSON (Zotero, Pandoc, most reference managers) and RIS (everything else): one
// reference per article, however many highlights it has.
import type { Highlight } from '../highlights/types';
import { dateParts, isoTime, sourcesOf, splitAuthors } from './common';

/** CSL-JSON: an array of `article-newspaper` items. */
export function toCslJson(highlights: readonly Highlight[]): string {
  const items = sourcesOf(highlights).map((s, i) => {
    const issued = dateParts(s.published);
    const accessed = dateParts(isoTime(s.accessed))!;
    return {
      id: `sidelight-${i + 1}`,
      type: 'article-newspaper',
      title: s.title,
      ...(s.outlet && { 'container-title': s.outlet }),
      ...(s.author && { author: splitAuthors(s.author).map((literal) => ({ literal })) }),
      ...(issued && { issued: { 'date-parts': [issued] } }),
      URL: s.canonicalUrl,
      accessed: { 'date-parts': [accessed] },
    };
  });
  return `${JSON.stringify(items, null, 2)}\n`;
}

// RIS tags end at the line: a value with a line break would start a bogus tag.
const one = (s: string) => s.replace(/\s+/g, ' ').trim();

/** RIS: one NEWS record per source. */
export function toRis(highlights: readonly Highlight[]): string {
  return sourcesOf(highlights)
    .map((s) => {
      const lines = ['TY  - NEWS', `TI  - ${one(s.title)}`];
      if (s.outlet) lines.push(`T2  - ${one(s.outlet)}`);
      for (const a of splitAuthors(s.author)) lines.push(`AU  - ${one(a)}`);
      const d = dateParts(s.published);
      if (d) {
        lines.push(`PY  - ${d[0]}`);
        lines.push(`DA  - ${d.map((n) => String(n).padStart(2, '0')).join('/')}`);
      }
      lines.push(`UR  - ${s.canonicalUrl}`, `Y2  - ${isoTime(s.accessed).slice(0, 10).replace(/-/g, '/')}`, 'ER  - ');
      return lines.join('\r\n');
    })
    .join('\r\n\r\n')
    .concat('\r\n');
}

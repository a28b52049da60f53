// The cited sources as CSL-JSON (Zotero, Pandoc, most reference managers) and RIS (everything else): one
// reference per article, however many highlights it has. Its highlighted passages go in the notes, its highlights'
// tags in the keywords, and the page's language where the page gives one.
import type { Highlight } from '../highlights/types';
import { dateParts, isoTime, sourcesOf, splitAuthors, type Source } from './common';

/** The passages highlighted in a source, in the order they were saved. */
const quotesOf = (s: Source): string[] => s.highlights.map((h) => h.quote.exact);

/** The tags of a source's highlights, each once, in order of first use. */
const tagsOf = (s: Source): string[] => [...new Set(s.highlights.flatMap((h) => h.tags))];

/** CSL-JSON: an array of `article-newspaper` items. */
export function toCslJson(highlights: readonly Highlight[]): string {
  const items = sourcesOf(highlights).map((s, i) => {
    const issued = dateParts(s.published);
    const accessed = dateParts(isoTime(s.accessed))!;
    const tags = tagsOf(s);
    return {
      id: `sidelight-${i + 1}`,
      type: 'article-newspaper',
      title: s.title,
      ...(s.outlet && { 'container-title': s.outlet }),
      ...(s.author && { author: splitAuthors(s.author).map((literal) => ({ literal })) }),
      ...(issued && { issued: { 'date-parts': [issued] } }),
      URL: s.canonicalUrl,
      accessed: { 'date-parts': [accessed] },
      ...(s.lang && { language: s.lang }),
      ...(tags.length && { keyword: tags.join(', ') }),
      note: quotesOf(s).join('\n\n'),
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
      lines.push(`UR  - ${s.canonicalUrl}`, `Y2  - ${isoTime(s.accessed).slice(0, 10).replace(/-/g, '/')}`);
      if (s.lang) lines.push(`LA  - ${one(s.lang)}`);
      for (const tag of tagsOf(s)) lines.push(`KW  - ${one(tag)}`);
      // One N1 a passage: a note ends at the line, so a passage's own line breaks become spaces.
      for (const quote of quotesOf(s)) lines.push(`N1  - ${one(quote)}`);
      lines.push('ER  - ');
      return lines.join('\r\n');
    })
    .join('\r\n\r\n')
    .concat('\r\n');
}

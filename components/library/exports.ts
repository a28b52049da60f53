import { toCslJson, toRis } from '@/utils/export/citations';
import { toCsv } from '@/utils/export/csv';
import { toMarkdown, type MarkdownWords } from '@/utils/export/markdown';
import { toWebAnnotations } from '@/utils/export/web-annotation';
import { toZip } from '@/utils/export/zip';
import type { Highlight, LinkRelation } from '@/utils/highlights/types';
import { download } from '@/utils/dom/download';
import { t, type MessageKey } from '@/utils/browser/i18n';

// The library's export menu: each format is a pure exporter (utils/export) and one download. Markdown notes, one
// file each, come as one zip: a browser asks about, or blocks, a page that starts many downloads at once.

export const EXPORTS = [
  { id: 'markdown-story', label: 'library_export_markdownStory' },
  { id: 'markdown-source', label: 'library_export_markdownPage' },
  { id: 'csv', label: 'library_export_csv' },
  { id: 'jsonld', label: 'library_export_jsonld' },
  { id: 'csl', label: 'library_export_csl' },
  { id: 'ris', label: 'library_export_ris' },
] as const satisfies readonly { id: string; label: MessageKey }[];

export type ExportId = (typeof EXPORTS)[number]['id'];

const RELATION: Record<LinkRelation, MessageKey> = {
  same: 'library_md_same',
  differs: 'library_md_differs',
  related: 'library_md_related',
};

/** A Markdown note's own words in the reader's language (English: as the exporter writes them). */
export const markdownWords = (): MarkdownWords => ({
  openAtPassage: t('library_md_open'),
  link: (relation, outlet, probable) =>
    t('library_md_link', [
      probable ? t('library_md_probably', [t(RELATION[relation])]) : t(RELATION[relation]),
      outlet,
    ]),
  saved: (date) => t('library_md_saved', [date]),
});

/** Exports `highlights` in format `id` as one download; Markdown names stories by `storyTitles` (by id) where known. */
export function runExport(id: ExportId, highlights: Highlight[], storyTitles: ReadonlyMap<string, string>): void {
  const stamp = new Date().toISOString().slice(0, 10);
  switch (id) {
    case 'markdown-story':
    case 'markdown-source': {
      const by = id === 'markdown-story' ? 'story' : 'source';
      const files = toMarkdown(highlights, by, Object.fromEntries(storyTitles), markdownWords());
      const name = `sidelight-notes-by-${by === 'story' ? 'story' : 'page'}-${stamp}.zip`;
      return download(name, toZip(files), 'application/zip');
    }
    case 'csv':
      return download(`sidelight-highlights-${stamp}.csv`, toCsv(highlights), 'text/csv');
    case 'jsonld':
      return download(`sidelight-highlights-${stamp}.jsonld`, toWebAnnotations(highlights), 'application/ld+json');
    case 'csl':
      return download(
        `sidelight-sources-${stamp}.json`,
        toCslJson(highlights),
        'application/vnd.citationstyles.csl+json',
      );
    case 'ris':
      return download(`sidelight-sources-${stamp}.ris`, toRis(highlights), 'application/x-research-info-systems');
  }
}

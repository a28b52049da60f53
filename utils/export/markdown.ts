// Markdown for note apps such as Obsidian: one note per story or per page (source), each with YAML front matter
// (markdown-front-matter.ts), each highlight a block quote with an id of its own (`^hl-…`, an Obsidian block id),
// a link that opens the page at the passage (a URL text fragment), its comment, and its tags as #tags.
// The same highlights always make the same files, byte for byte, whatever order they come in (in one reader's
// language: a note's own words are the reader's): file names, ids and order come from the highlights themselves,
// never from the clock. Exporting again after adding or editing highlights rewrites the same notes, so a note app
// updates them instead of collecting copies.
import type { Highlight, LinkRelation } from '../highlights/types';
import { textFragmentUrl } from '../anchoring';
import { byCodeUnits } from '../code-order';
import { isProbable } from '../notes/confidence';
import { isWebUrl } from '../url/web-url';
import { wellFormed } from '../well-formed';
import { isoTime, sourcesOf, type Source } from './common';
import { fileName, uniqueNames } from './file-names';
import { escapeInline, escapeLineStart, oneLine, tagText, withoutHtml } from './markdown-escape';
import { pageFrontMatter, storyFrontMatter } from './markdown-front-matter';
import { highlightMarkdownId } from './stable-id';

export interface MarkdownFile {
  name: string;
  content: string;
  /** When its newest highlight was last changed (ms): the file's date in a zip. */
  modified: number;
}

// Titles, outlets, authors, quotes and passages come from pages and imports: written as text, never as markup
// (markdown-escape.ts). Comments are the person's own Markdown, without raw HTML.
const quoteBlock = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => `> ${escapeLineStart(escapeInline(line))}`)
    .join('\n');

/** The words a note writes around its highlights: English here, the reader's where the library passes them. */
export interface MarkdownWords {
  openAtPassage: string;
  /** "same in Capital Post": how a passage relates to the highlight, and its outlet; "probably same …" for a
   *  link the note was less sure of (utils/notes/confidence.ts). */
  link: (relation: LinkRelation, outlet: string, probable: boolean) => string;
  saved: (date: string) => string;
}

export const ENGLISH_MARKDOWN: MarkdownWords = {
  openAtPassage: 'Open at the passage',
  link: (relation, outlet, probable) => `${probable ? 'probably ' : ''}${relation} in ${outlet}`,
  saved: (date) => `Saved ${date}`,
};

function highlightMd(h: Highlight, words: MarkdownWords): string {
  // The block id on a line of its own names the quote above it (Obsidian's rule for quotes and lists).
  const lines = [quoteBlock(h.quote.exact), '', `^${highlightMarkdownId(h.id)}`];
  // Addresses come from pages and imports: only web addresses become links.
  const open = textFragmentUrl(h.canonicalUrl, h.quote);
  if (open) lines.push('', `[${escapeInline(words.openAtPassage)}](<${open}>)`);
  if (h.comment) lines.push('', withoutHtml(h.comment));
  if (h.tags.length) lines.push('', h.tags.map((t) => `#${tagText(t)}`).join(' '));
  if (h.links.length) lines.push('');
  for (const l of h.links) {
    const href = textFragmentUrl(l.url, { exact: l.text });
    const passage = href ? `[${oneLine(l.text)}](<${href}>)` : oneLine(l.text);
    lines.push(`- ${words.link(l.relation, oneLine(l.outlet), isProbable(l))}: ${passage}`);
  }
  lines.push('', `*${escapeInline(words.saved(isoTime(h.created).slice(0, 10)))}*`);
  return lines.join('\n');
}

function sourceMd(s: Source, words: MarkdownWords): string {
  const meta = escapeLineStart(
    [s.outlet, s.author, s.published?.slice(0, 10)]
      .filter((x): x is string => !!x)
      .map(oneLine)
      .join(' · '),
  );
  const title = oneLine(s.title || s.canonicalUrl);
  const heading = isWebUrl(s.canonicalUrl) ? `## [${title}](<${new URL(s.canonicalUrl).href}>)` : `## ${title}`;
  return [heading, meta, ...s.highlights.map((h) => highlightMd(h, words))].filter(Boolean).join('\n\n');
}

/** Saved order, then id: the order of the notes and of the files, whatever order the library listed them in. */
const bySaved = (a: Highlight, b: Highlight) => a.created - b.created || byCodeUnits(a.id, b.id);

/** One Markdown file per story (highlights of no known story go by source) or per source. */
export function toMarkdown(
  highlights: readonly Highlight[],
  by: 'story' | 'source',
  storyTitles: Record<string, string> = {},
  words: MarkdownWords = ENGLISH_MARKDOWN,
): MarkdownFile[] {
  const groups = new Map<string, { title: string; storyId?: string; items: Highlight[] }>();
  for (const h of [...highlights].sort(bySaved)) {
    const story = by === 'story' && h.storyId ? h.storyId : null;
    const key = story ? `story:${story}` : `source:${h.canonicalUrl}`;
    const title = story ? (storyTitles[story] ?? story) : h.page.title || h.canonicalUrl;
    const g = groups.get(key) ?? { title, ...(story && { storyId: story }), items: [] };
    g.items.push(h);
    groups.set(key, g);
  }
  const list = [...groups.values()];
  const names = uniqueNames(list.map((g) => fileName(g.title)));
  return list.map(({ title, storyId, items }, i) => {
    const sources = sourcesOf(items);
    const front =
      storyId !== undefined
        ? storyFrontMatter(title, storyId, sources)
        : pageFrontMatter(sources[0]!, storyTitleOf(items, storyTitles));
    const content = [front, `# ${oneLine(title)}`, ...sources.map((x) => sourceMd(x, words))].join('\n\n') + '\n';
    // Highlights stored before imports repaired lone surrogates may still hold one: the file is valid UTF-16.
    return {
      name: wellFormed(`${names[i]}.md`),
      content: wellFormed(content),
      modified: Math.max(...items.map((h) => h.updated)),
    };
  });
}

/** The story a page's highlights belong to, by title where known, for its note's front matter. */
function storyTitleOf(items: readonly Highlight[], storyTitles: Record<string, string>): string | undefined {
  const story = items.find((h) => h.storyId)?.storyId;
  return story === undefined ? undefined : (storyTitles[story] ?? story);
}

// Markdown for note apps such as Obsidian: one file per story or per source, each highlight a block quote with
// a link that opens the page at the passage (a URL text fragment), its comment, and its tags as #tags.
import type { Highlight } from '../highlights/types';
import { isWebUrl, textFragmentUrl } from '../text-fragment';
import { wellFormed } from '../well-formed';
import { isoTime, sourcesOf } from './common';
import { escapeInline, escapeLineStart, oneLine, tagText, withoutHtml } from './markdown-escape';

export interface MarkdownFile {
  name: string;
  content: string;
}

/** Makes a string safe as a file name on every system. */
export const fileName = (s: string): string =>
  [...s]
    .map((c) => (c < ' ' || '\\/:*?"<>|#^[]'.includes(c) ? ' ' : c)) // Control characters and reserved ones.
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100) || 'Untitled';

// Titles, outlets, authors, quotes and passages come from pages and imports: written as text, never as markup
// (markdown-escape.ts). Comments are the person's own Markdown, without raw HTML.
const quoteBlock = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => `> ${escapeLineStart(escapeInline(line))}`)
    .join('\n');

function highlightMd(h: Highlight): string {
  const lines = [quoteBlock(h.quote.exact)];
  // Addresses come from pages and imports: only web addresses become links.
  const open = textFragmentUrl(h.canonicalUrl, h.quote);
  if (open) lines.push('', `[Open at the passage](<${open}>)`);
  if (h.comment) lines.push('', withoutHtml(h.comment));
  if (h.tags.length) lines.push('', h.tags.map((t) => `#${tagText(t)}`).join(' '));
  if (h.links.length) lines.push('');
  for (const l of h.links) {
    const href = textFragmentUrl(l.url, { exact: l.text });
    lines.push(
      `- ${l.relation} in ${oneLine(l.outlet)}: ${href ? `[${oneLine(l.text)}](<${href}>)` : oneLine(l.text)}`,
    );
  }
  lines.push('', `*Saved ${isoTime(h.created).slice(0, 10)}*`);
  return lines.join('\n');
}

function sourceMd(highlights: Highlight[]): string {
  const [s] = sourcesOf(highlights);
  const meta = escapeLineStart(
    [s!.outlet, s!.author, s!.published?.slice(0, 10)]
      .filter((x): x is string => !!x)
      .map(oneLine)
      .join(' · '),
  );
  const title = oneLine(s!.title || s!.canonicalUrl);
  const heading = isWebUrl(s!.canonicalUrl) ? `## [${title}](<${new URL(s!.canonicalUrl).href}>)` : `## ${title}`;
  return [heading, meta, ...s!.highlights.map(highlightMd)].filter(Boolean).join('\n\n');
}

/** One Markdown file per story (highlights of no known story go by source) or per source. */
export function toMarkdown(
  highlights: readonly Highlight[],
  by: 'story' | 'source',
  storyTitles: Record<string, string> = {},
): MarkdownFile[] {
  const groups = new Map<string, { title: string; items: Highlight[] }>();
  for (const h of highlights) {
    const story = by === 'story' && h.storyId ? h.storyId : null;
    const key = story ? `story:${story}` : `source:${h.canonicalUrl}`;
    const title = story ? (storyTitles[story] ?? story) : h.page.title || h.canonicalUrl;
    const g = groups.get(key) ?? { title, items: [] };
    g.items.push(h);
    groups.set(key, g);
  }
  return [...groups.values()].map(({ title, items }) => {
    const sources = sourcesOf(items).map((s) => sourceMd(s.highlights));
    const content = [`# ${oneLine(title)}`, ...sources].join('\n\n') + '\n';
    // Highlights stored before imports repaired lone surrogates may still hold one: the file is valid UTF-16.
    return { name: wellFormed(`${fileName(title)}.md`), content: wellFormed(content) };
  });
}

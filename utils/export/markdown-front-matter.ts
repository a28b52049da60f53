// The YAML front matter of an exported Markdown note: what a note app lists and searches as the note's
// properties (Obsidian's Properties, Dataview, a Readwise-style sync), and a `sidelight_id` that names the page or
// story the note is about, whatever the note's file is called, so a re-export can be matched to the note it updates.
// Addresses are written only when they are web addresses: a note app may make a property that looks like one a link.
import type { Highlight } from '../highlights/types';
import { isWebUrl } from '../url/web-url';
import { calendarProblem } from './import-fields';
import type { Source } from './common';
import { tagText } from './markdown-escape';
import { pageMarkdownId, storyMarkdownId } from './stable-id';
import { frontMatter, type YamlValue } from './yaml';

/** The tags of `highlights`, each once, in order of first use, as tags can be written in a note app. */
const tagsOf = (highlights: readonly Highlight[]): string[] => [
  ...new Set(highlights.flatMap((h) => h.tags.map(tagText))),
];

/** A page's publication date: a calendar date as a date, anything else the page said as text. */
function dateOf(published: string | undefined): YamlValue | undefined {
  if (!published) return undefined;
  const day = published.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !calendarProblem(day) ? { date: day } : published;
}

/** Front matter for one page's note. */
export function pageFrontMatter(s: Source, storyTitle: string | undefined): string {
  return frontMatter([
    ['title', s.title || s.canonicalUrl],
    ['url', isWebUrl(s.canonicalUrl) ? s.canonicalUrl : undefined],
    ['site', s.outlet],
    ['author', s.author],
    ['date', dateOf(s.published)],
    ['language', s.lang],
    ['story', storyTitle],
    ['tags', tagsOf(s.highlights)],
    ['sidelight_id', pageMarkdownId(s.canonicalUrl)],
  ]);
}

/** Front matter for one story's note: its pages' addresses, the tags of all its highlights. */
export function storyFrontMatter(title: string, storyId: string, sources: readonly Source[]): string {
  return frontMatter([
    ['title', title],
    ['story', storyId],
    ['sources', sources.map((s) => s.canonicalUrl).filter(isWebUrl)],
    ['tags', tagsOf(sources.flatMap((s) => s.highlights))],
    ['sidelight_id', storyMarkdownId(storyId)],
  ]);
}

// The library's view of the highlights: search and grouping by story, then by source. Pure, so 10,000
// highlights are filtered and grouped in a few milliseconds, in Node as in the page.
import type { Highlight } from './types';
import { tn } from '../browser/i18n';

export interface SourceGroup {
  canonicalUrl: string;
  title: string;
  outlet?: string;
  highlights: Highlight[];
}

export interface StoryGroup {
  /** null: highlights on pages of no known story. */
  storyId: string | null;
  sources: SourceGroup[];
  count: number;
}

/** A count in words: "1 highlight", "3 highlights" (in the reader's language). */
export const highlightCount = (n: number): string => tn('library_highlights', n);

/** Whether `h` matches every word of `query`; `#word` matches a tag exactly, other words text, comment or tags. */
export function matches(h: Highlight, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const tags = h.tags.map((t) => t.toLowerCase());
  const hay =
    `${h.quote.exact}\n${h.comment}\n${tags.join(' ')}\n${h.page.title}\n${h.page.outlet ?? ''}`.toLowerCase();
  return words.every((w) => (w.startsWith('#') && w.length > 1 ? tags.includes(w.slice(1)) : hay.includes(w)));
}

/** Groups highlights by story (known stories first), then by source; newest source first, highlights oldest first. */
export function groupHighlights(highlights: readonly Highlight[]): StoryGroup[] {
  const stories = new Map<string | null, Map<string, SourceGroup>>();
  const latest = new Map<string, number>();
  for (const h of highlights) {
    const story = h.storyId ?? null;
    let sources = stories.get(story);
    if (!sources) stories.set(story, (sources = new Map()));
    let group = sources.get(h.canonicalUrl);
    if (!group) {
      group = { canonicalUrl: h.canonicalUrl, title: h.page.title || h.canonicalUrl, highlights: [] };
      if (h.page.outlet) group.outlet = h.page.outlet;
      sources.set(h.canonicalUrl, group);
    }
    group.highlights.push(h);
    latest.set(h.canonicalUrl, Math.max(latest.get(h.canonicalUrl) ?? 0, h.created));
  }
  const out: StoryGroup[] = [];
  for (const [storyId, sources] of stories) {
    const list = [...sources.values()].sort((a, b) => latest.get(b.canonicalUrl)! - latest.get(a.canonicalUrl)!);
    for (const s of list) s.highlights.sort((a, b) => a.created - b.created);
    out.push({ storyId, sources: list, count: list.reduce((n, s) => n + s.highlights.length, 0) });
  }
  return out.sort((a, b) => (a.storyId === null ? 1 : 0) - (b.storyId === null ? 1 : 0));
}

import type { StoryPack } from './pack/schema';

// The cheap first test every page gets: does it mention enough of a known story's distinctive names?
// The terms are derived from the packs (capitalised words that several of a story's articles share), so
// the same code serves any story. It only decides whether the expensive engine should look at the page.

/** How many distinct terms of one story a page must mention before the article is extracted. */
/** The storage.local key where the background publishes the spot terms every content script reads. */
export const SPOT_STORIES_KEY = 'spotStories';

export const SPOT_MIN_TERMS = 2;

/** Of a story's rare terms (see markRareTerms), how many a page must mention. */
export const SPOT_MIN_RARE = 2;

export interface SpotStory {
  storyId: string;
  terms: string[];
  /**
   * The terms that are not everyday words (names like Witkoff, not President or White House). When present, a
   * page must mention SPOT_MIN_RARE of them (or all, if fewer): common words alone flag too many pages.
   */
  rare?: string[];
}

const NAME = /\b\p{Lu}[\p{L}’'-]{3,}/gu;

/** True when the word at `index` is the first of a line or follows sentence-ending punctuation. */
function opensSentence(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 4), index).replace(/[\s"“‘'(]+$/u, '');
  return before === '' || /[.!?:\n]$/.test(before) || /\n\s*$/.test(text.slice(Math.max(0, index - 4), index));
}

/** Derives each story's spot terms: capitalised words found in at least two of its articles (or its one). */
export function deriveSpotTerms(packs: StoryPack[], perStory = 24): SpotStory[] {
  return packs.map((pack) => {
    const seenIn = new Map<string, number>();
    for (const article of pack.articles) {
      const words = new Set<string>();
      for (const text of [article.title ?? '', article.text]) {
        for (const m of text.matchAll(NAME)) {
          // Words capitalised only because they open a sentence or a line are not names.
          if (opensSentence(text, m.index ?? 0)) continue;
          words.add(m[0].replace(/[’']s$/u, ''));
        }
      }
      for (const w of words) seenIn.set(w, (seenIn.get(w) ?? 0) + 1);
    }
    const need = Math.min(2, pack.articles.length);
    const terms = [...seenIn]
      .filter(([, n]) => n >= need)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, perStory)
      .map(([w]) => w);
    return { storyId: pack.story.id, terms };
  });
}

/** Marks each story's rare terms: those `isCommon` (e.g. a word-frequency list) does not know as everyday words. */
export function markRareTerms(stories: SpotStory[], isCommon: (word: string) => boolean): SpotStory[] {
  return stories.map((s) => ({ ...s, rare: s.terms.filter((t) => !isCommon(t)) }));
}

/**
 * Compiles the terms of all stories into one case-sensitive regular expression. Word boundaries are checked
 * per match in spotStories rather than with Unicode lookarounds here: on a 1 MB page that is 3× faster.
 */
export function compileSpotter(stories: SpotStory[]): RegExp | null {
  const all = [...new Set(stories.flatMap((s) => s.terms))];
  if (all.length === 0) return null;
  // Longest first, so "Russian" is tried before "Russia" (an alternation takes the first that matches).
  const escaped = all.sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?:${escaped.join('|')})`, 'g');
}

const LETTER = /\p{L}/u;

/** Returns the stories whose terms the text mentions at least SPOT_MIN_TERMS times distinctly. */
export function spotStories(text: string, stories: SpotStory[], spotter: RegExp | null): string[] {
  if (!spotter) return [];
  const found = new Set<string>();
  for (const m of text.matchAll(spotter)) {
    const at = m.index ?? 0;
    const before = text[at - 1];
    const after = text[at + m[0].length];
    if ((before && LETTER.test(before)) || (after && LETTER.test(after))) continue; // Part of a longer word.
    found.add(m[0]);
  }
  const rareEnough = (s: SpotStory) =>
    !s.rare || s.rare.filter((t) => found.has(t)).length >= Math.min(SPOT_MIN_RARE, s.rare.length);
  return stories
    .filter((s) => s.terms.filter((t) => found.has(t)).length >= SPOT_MIN_TERMS && rareEnough(s))
    .map((s) => s.storyId);
}

import type { StoryPack } from './pack/schema';

// The cheap first test every page gets: does it mention enough of a known story's distinctive names?
// The terms are derived from the packs (capitalised words that several of a story's articles share), so
// the same code serves any story. It only decides whether the expensive engine should look at the page.

/** The storage.local key where the background publishes the spot terms every content script reads. */
export const SPOT_STORIES_KEY = 'spotStories';

/** How many distinct terms of one story a page must mention before the article is extracted. */
export const SPOT_MIN_TERMS = 2;

/** Of a story's rare terms (see markRareTerms), how many a page must mention. */
export const SPOT_MIN_RARE = 2;

/**
 * Late content: the content script runs the test again once the page has stopped changing for this long (ms)
 * after a change, at most LATE_CHECKS times per address (a live page changes forever). Exported for the tests
 * that wait past it.
 */
export const LATE_DEBOUNCE_MS = 800;
export const LATE_CHECKS = 8;

export interface SpotStory {
  storyId: string;
  terms: string[];
  /**
   * The terms that are not everyday words (names like Witkoff, not President or White House). When present, a
   * page must mention SPOT_MIN_RARE of them (or all, if fewer): common words alone flag too many pages.
   */
  rare?: string[];
  /**
   * The rare terms by their transliteration keys (withSpellingKeys), so a page that spells a name another way
   * or in another script ("Віткофф", "Uszakow") still finds it; absent in stories published before them.
   */
  spelled?: Record<string, string>;
}

/** The keys a word may have as a name in any spelling (the engine's spellingKeys, passed in). */
export type SpellingKeys = (word: string) => string[];

/** The page's SpellingKeys, or null when its language writes names as the stories do (the engine's
 *  pageSpellings, passed in so that this file stays free of the engine). */
export type PageSpellings = (text: string) => SpellingKeys | null;

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

/** Adds each story's rare terms (all its terms when none is marked rare) by their spelling keys. */
export function withSpellingKeys(stories: SpotStory[], keysOf: SpellingKeys): SpotStory[] {
  return stories.map((s) => {
    const spelled: Record<string, string> = {};
    for (const term of s.rare ?? s.terms) for (const key of keysOf(term)) spelled[key] ??= term;
    return { ...s, spelled };
  });
}

/** The compiled test: every term of every story, and the rare ones alone for a first, quicker pass. */
export interface Spotter {
  all: RegExp;
  /** Null when some story has no rare terms marked: then every page needs the full pass. */
  rare: RegExp | null;
}

/**
 * One case-sensitive alternation of `terms`. Word boundaries are checked per match in `matchedTerms` rather than
 * with Unicode lookarounds here: on a 1 MB page that is 3× faster.
 */
function alternation(terms: string[]): RegExp {
  // Longest first, so "Russian" is tried before "Russia" (an alternation takes the first that matches).
  const escaped = [...new Set(terms)]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?:${escaped.join('|')})`, 'g');
}

/** Compiles the terms of all stories; null when there are none. */
export function compileSpotter(stories: SpotStory[]): Spotter | null {
  const all = stories.flatMap((s) => s.terms);
  if (all.length === 0) return null;
  const everyStoryHasRare = stories.every((s) => s.rare);
  const rare = stories.flatMap((s) => s.rare ?? []);
  return { all: alternation(all), rare: everyStoryHasRare && rare.length ? alternation(rare) : null };
}

const LETTER = /\p{L}/u;

/** The distinct terms `re` finds in `text` as whole words. */
function matchedTerms(text: string, re: RegExp): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    const before = text[at - 1];
    const after = text[at + m[0].length];
    if ((before && LETTER.test(before)) || (after && LETTER.test(after))) continue; // Part of a longer word.
    found.add(m[0]);
  }
  return found;
}

const enoughRare = (s: SpotStory, found: Set<string>) =>
  !s.rare || s.rare.filter((t) => found.has(t)).length >= Math.min(SPOT_MIN_RARE, s.rare.length);

/**
 * Returns the stories whose terms the text mentions at least SPOT_MIN_TERMS times distinctly (and enough of
 * their rare ones). Most pages name none of a story's rare names, so a pass over those alone settles them: on
 * news pages full of "President" and "Russia" that pass is several times quicker than the full one.
 */
export function spotStories(
  text: string,
  stories: SpotStory[],
  spotter: Spotter | null,
  spellings?: PageSpellings,
): string[] {
  if (!spotter) return [];
  let candidates = stories;
  if (spotter.rare) {
    const rareFound = matchedTerms(text, spotter.rare);
    candidates = stories.filter((s) => enoughRare(s, rareFound));
    if (!candidates.length) {
      const keysOf = spellings?.(text);
      return keysOf ? spelledStories(text, stories, spotter, keysOf) : [];
    }
  }
  const found = matchedTerms(text, spotter.all);
  return candidates
    .filter((s) => s.terms.filter((t) => found.has(t)).length >= SPOT_MIN_TERMS && enoughRare(s, found))
    .map((s) => s.storyId);
}

// Words that may be names spelled another way: capitalised words, and in Cyrillic any long word (some outlets
// write the names of an enemy state's officials in lowercase on purpose). Each run of letters is tested on its
// own: one expression that found them itself, with a look behind at every place in the text, took 3 ms of a
// 72 KB Spanish page (docs/engine-log.md).
const LETTERS = /\p{L}+/gu;
const CAPITALISED = /^\p{Lu}/u;
const CYRILLIC_WORD = /^\p{Script=Cyrillic}{5,}/u;

function maybeNames(text: string): Set<string> {
  const words = new Set<string>();
  for (const [run] of text.matchAll(LETTERS)) {
    if (run.length < 4) continue;
    if (CAPITALISED.test(run)) words.add(run);
    else {
      const cyrillic = CYRILLIC_WORD.exec(run);
      if (cyrillic) words.add(cyrillic[0]);
    }
  }
  return words;
}

/**
 * The second pass, for pages that name none of a story's rare terms as the story writes them: the story's
 * names found by their spelling keys (Ушаков, Uschakow, Ouchakov are Ushakov), with its other terms found as
 * written. Only pages that failed the first pass pay for it.
 */
function spelledStories(text: string, stories: SpotStory[], spotter: Spotter, keysOf: SpellingKeys): string[] {
  if (!stories.some((s) => s.spelled)) return [];
  const keys = new Set<string>();
  for (const w of maybeNames(text)) for (const k of keysOf(w)) keys.add(k);
  const written = matchedTerms(text, spotter.all);
  return stories
    .filter((s) => {
      const found = new Set(s.terms.filter((t) => written.has(t)));
      for (const [key, term] of Object.entries(s.spelled ?? {})) if (keys.has(key)) found.add(term);
      return found.size >= SPOT_MIN_TERMS && enoughRare(s, found);
    })
    .map((s) => s.storyId);
}

// Keys of a word as a name in the languages the engine reads, for the content script's cheap test. A story's
// names are published under each spelling of their script ("Uszakowem" as Polish, "Ouchakov" as French, "Ушаковым"
// as Russian and Ukrainian); a page's words are read as the page's own language spells names, and match a story's
// name by any of its keys.

import { nameKey } from '../names';
import { bridgedLanguage, identificationSample, type Bridged, type Language } from './identify';
import { nameForms } from './romanize';

const CYRILLIC = /^\p{Script=Cyrillic}/u;
const BY_SCRIPT: Record<'cyrillic' | 'latin', Language[]> = { cyrillic: ['uk', 'ru'], latin: ['en', 'de', 'fr', 'pl'] };

/** Every transliteration key a word may have as a name, in any language the engine reads. */
export function spellingKeys(word: string): string[] {
  return keysUnder(word.toLowerCase(), BY_SCRIPT.latin);
}

/** The keys of a lowercased word read as a name: a Cyrillic word under both Cyrillic spellings, a Latin one under
 *  the spellings of `latin`. */
function keysUnder(norm: string, latin: Language[]): string[] {
  const keys = new Set<string>();
  for (const lang of CYRILLIC.test(norm) ? BY_SCRIPT.cyrillic : latin)
    for (const form of nameForms(norm, lang)) {
      const key = nameKey(form);
      if (key) keys.add(key);
    }
  return [...keys];
}

/** The Latin spellings a page in each language writes names in: its own where it has rules of its own, as
 *  written (accents aside) where it has none. */
const LATIN_OF: Record<Bridged, Language[]> = {
  de: ['de'],
  fr: ['fr'],
  pl: ['pl'],
  es: ['en'],
  it: ['en'],
  uk: ['en'],
  ru: ['en'],
};

// A page's words are met again by each of the spot test's later looks at it (late content): read once. A news
// page has a few hundred words that may be names (heise 283, nytimes-5 282); the bound keeps a huge page's small.
const KEPT_WORDS = 5_000;
const kept = new Map<string, string[]>();

/** The keys a word of a page in `page`'s language may have as a name: Cyrillic words under both Cyrillic
 *  spellings, Latin ones as that language spells names. A German page's nouns are all capitalised, and reading
 *  each under four spellings cost 5 ms of the spot test on a 19 KB page, on every look (docs/engine-log.md). */
function pageKeys(word: string, page: Bridged): string[] {
  const norm = word.toLowerCase();
  const id = `${page}\u0000${norm}`;
  let keys = kept.get(id);
  if (!keys) {
    if (kept.size >= KEPT_WORDS) kept.clear();
    keys = keysUnder(norm, LATIN_OF[page]);
    kept.set(id, keys);
  }
  return keys;
}

// Every language the engine reads through a vocabulary writes letters beyond ASCII (é, ü, ł, ñ, è, Cyrillic)
// within its first few hundred words; English need not. A page whose opening has none is not identified at all,
// which took about 0.5 ms of the content script's 4 on every such page (docs/engine-log.md, tenth session).
const BEYOND_ASCII = /[\u00C0-\u024F\u0400-\u04FF]/;

/** The keys of a page's words as the page's language spells names, for a page in a language the engine reads;
 *  otherwise null: English writes the story's names as the story does, so the content script's first pass has
 *  already settled it, and a page in a language the engine cannot read (or one whose opening words say too little,
 *  as the menus of large English pages do) could not be linked anyway, while reading every capitalised word of a
 *  megabyte page costs tens of milliseconds on every such page. */
export function pageSpellings(text: string): ((word: string) => string[]) | null {
  if (!BEYOND_ASCII.test(identificationSample(text))) return null;
  const page = bridgedLanguage(text);
  return page ? (word) => pageKeys(word, page) : null;
}

// Keys of a word as a name in any language the engine reads, for the content script's cheap test: the page's
// language is not known there, so a word is read under each spelling of its script ("Uszakowem" as Polish,
// "Ouchakov" as French, "Ушаковым" as Russian and Ukrainian) and matches a story's name by any of them.

import { nameKey } from '../names';
import { bridgedLanguage, identificationSample, type Language } from './identify';
import { nameForms } from './romanize';

const CYRILLIC = /^\p{Script=Cyrillic}/u;
const BY_SCRIPT: Record<'cyrillic' | 'latin', Language[]> = { cyrillic: ['uk', 'ru'], latin: ['en', 'de', 'fr', 'pl'] };

/** Every transliteration key a word may have as a name, in any language the engine reads. */
export function spellingKeys(word: string): string[] {
  const norm = word.toLowerCase();
  const keys = new Set<string>();
  for (const lang of BY_SCRIPT[CYRILLIC.test(norm) ? 'cyrillic' : 'latin'])
    for (const form of nameForms(norm, lang)) {
      const key = nameKey(form);
      if (key) keys.add(key);
    }
  return [...keys];
}

// Every language the engine reads through a vocabulary writes letters beyond ASCII (é, ü, ł, ñ, è, Cyrillic)
// within its first few hundred words; English need not. A page whose opening has none is not identified at all,
// which took about 0.5 ms of the content script's 4 on every such page (docs/engine-log.md, tenth session).
const BEYOND_ASCII = /[\u00C0-\u024F\u0400-\u04FF]/;

/** spellingKeys for a page in a language the engine reads, or null: English writes the story's names as the
 *  story does, so the content script's first pass has already settled it, and a page in a language the engine
 *  cannot read (or one whose opening words say too little, as the menus of large English pages do) could not be
 *  linked anyway, while reading every capitalised word of a megabyte page under four spellings costs tens of
 *  milliseconds on every such page. */
export function pageSpellings(text: string): ((word: string) => string[]) | null {
  if (!BEYOND_ASCII.test(identificationSample(text))) return null;
  return bridgedLanguage(text) ? spellingKeys : null;
}

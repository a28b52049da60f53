// Reads a claim in another language as the engine reads English: each word the language's vocabulary knows
// becomes its English word, and each name the story writes in Latin letters is found however the page spells
// or inflects it ("Віткоффом" is the story's "Witkoff"). Words it knows neither way stay as they are; they
// match nothing English, which costs recall, never precision.

import { stemmer } from 'stemmer';
import type { EngineIndex } from '../build';
import { nameKey } from '../names';
import type { Token } from '../tokenize';
import { englishFor, isStopWord, type Bilingual } from './bilingual';
import { functionWords, type Bridged } from './identify';
import { ENGLISH_MONTHS, monthOf } from './months';
import { nameForms } from './romanize';
import { toEnglish } from './vocabulary';

interface Name {
  stem: string;
  norm: string;
}

// French and Italian elide articles and prepositions onto the next word: "l’émissaire", "dell’immobiliarista".
const ELIDED = /^[\p{L}]{1,5}['’](?=\p{L})/u;

const namesOf = new WeakMap<EngineIndex, Map<string, Name>>();

/** The index's names by transliteration key: every capitalised word of its passages, as first written. */
function indexNames(index: EngineIndex): Map<string, Name> {
  let names = namesOf.get(index);
  if (!names) {
    names = new Map();
    for (const p of index.passages)
      for (const t of p.bag.terms)
        if (t.cap && t.key && !names.has(t.key)) names.set(t.key, { stem: t.stem, norm: t.norm });
    namesOf.set(index, names);
  }
  return names;
}

/** The story's name a capitalised word of the language stands for, or null. */
function nameOf(names: Map<string, Name>, norm: string, lang: Bridged): Name | null {
  for (const form of nameForms(norm, lang)) {
    const key = nameKey(form);
    const name = key ? names.get(key) : undefined;
    if (name) return name;
  }
  return null;
}

const CYRILLIC = /^\p{Script=Cyrillic}/u;

/** The English word the dictionary gives for a word: of its senses, the first the story's articles use (the
 *  index's words), else its first sense; null when the dictionary has none. */
function fromDictionary(index: EngineIndex, lexicon: Bilingual | undefined, norm: string): string | null {
  const senses = lexicon ? englishFor(lexicon, norm) : [];
  return senses.find((w) => index.df.has(stemmer(w))) ?? senses[0] ?? null;
}

/** A claim's tokens in `lang`, with the words the engine can read in English given as English, and the
 *  language's function words left out (with `stopWords`, also the bilingual lexicon's stop words). */
export function bridgeTokens(index: EngineIndex, tokens: Token[], lang: Bridged, stopWords = true): Token[] {
  const names = indexNames(index);
  const stop = functionWords(lang);
  const lexicon = index.bilingual?.get(lang);
  // Linking (with a lexicon) also drops the lexicon's stop words, and a stop word behind an elided article or
  // preposition ("d’un", "qu’une"), which would otherwise be read by another sense ("un" as somebody).
  const dropped = (norm: string) => {
    if (stop.has(norm)) return true;
    if (!stopWords || !lexicon) return false;
    const bare = norm.replace(ELIDED, '');
    return isStopWord(lexicon, norm) || stop.has(bare) || isStopWord(lexicon, bare);
  };
  return tokens
    .filter((t) => !dropped(t.norm))
    .map((t) => {
      const norm = t.norm.replace(ELIDED, '');
      const name = t.upper ? nameOf(names, norm, lang) : null;
      if (name) return { ...t, stem: name.stem, norm: name.norm };
      // A month as English names it, the curated news vocabulary (its senses are the news'), then the dictionary.
      const month = monthOf(norm);
      const english = month
        ? ENGLISH_MONTHS[month - 1]!
        : (toEnglish(norm, lang) ?? fromDictionary(index, lexicon, norm));
      if (english) return { ...t, stem: stemmer(english), norm: english };
      // Some Cyrillic outlets write the names of an enemy state's officials in lowercase on purpose
      // ("юрієм ушаковим"): a word no vocabulary knows may still be a name.
      const lower = CYRILLIC.test(norm) ? nameOf(names, norm, lang) : null;
      return lower ? { ...t, stem: lower.stem, norm: lower.norm } : t;
    });
}

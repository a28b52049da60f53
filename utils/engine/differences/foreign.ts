// A passage in another language, as the differences compare it with an English one (issue 17): which language
// it is in, and the English words it can be seen to say (the news vocabulary of languages/vocabulary.ts and the
// names, keyed across scripts and spellings). The detectors read English passages as they always have: a
// passage is taken for another language only on clear signs, so an English pair's differences never change.

import { stemmer } from 'stemmer';
import { identifyLanguage, functionWords, type Bridged } from '../languages/identify';
import { nameForms } from '../languages/romanize';
import { toEnglish } from '../languages/vocabulary';
import { markedLanguages } from './other-languages';
import { nameKey } from '../names';
import { perText } from '../per-text';

const LATIN = ['de', 'fr', 'es', 'it', 'pl'] as const;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LETTERS = /\p{L}+(?:['’]\p{L}+)?/gu;
const ELIDED = /^\p{L}{1,2}['’](?=\p{L})/u;
// Function words of the other languages that English writes too ("I", "die", "per cent"): no sign of either.
const SHARED_WITH_ENGLISH = new Set(['i', 'a', 'die', 'per', 'ha', 'w', 'z']);
// Letters only one of the Latin-script languages writes (English writes none of them).
const OWN_LETTERS: Record<(typeof LATIN)[number], RegExp> = {
  de: /[äöüß]/giu,
  fr: /[çêèûôîëïœ]/giu,
  es: /[ñ¿¡]/giu,
  it: /[ìò]/giu,
  pl: /[ąćęłńśźż]/giu,
};
// Lowercase particles of a name between two capitalised words, or before one at a name's start ("al-Assad").
const NAME_PARTICLES =
  /(?<=\p{Lu}\p{L}*\s)(?:von|van|de|del|della|di|da|du|des|le|la|el|al|bin|ibn)(?:\s(?:der|den|la|le|los|las))?(?=[\s-]\p{Lu})|(?<![\p{L}])(?:al|el)(?=-\p{Lu})/gu;
/** A sentence is in the language whose own letters it writes this many times ("Władimira", "dotarła"). */
const MIN_OWN_LETTERS = 2;
/** Or when it has this many of that language's function words. */
const MIN_FUNCTION_WORDS = 2;

/** The language of a claim or passage when it is clearly not English, else null. A sentence is too short for
 *  identifyLanguage's shares alone: its script, then the function words only one language writes, decide. */
export const foreignLanguage = perText((text: string): Bridged | null => {
  const words = text.toLowerCase().match(LETTERS) ?? [];
  const cyrillic = words.filter((w) => CYRILLIC.test(w));
  if (cyrillic.length && cyrillic.length >= words.length / 2) {
    const joined = cyrillic.join('');
    return /[іїєґ]/u.test(joined) || !/[ыэъё]/u.test(joined) ? 'uk' : 'ru';
  }
  const identified = identifyLanguage(text);
  if (identified === 'en') return null;
  if (identified !== 'other' && identified !== 'uk' && identified !== 'ru') return identified;
  const letters = LATIN.map((lang) => text.match(OWN_LETTERS[lang])?.length ?? 0);
  const lettered = LATIN.filter((_, i) => letters[i]! >= MIN_OWN_LETTERS);
  if (lettered.length === 1) return lettered[0]!;
  // "Ursula von der Leyen", "Al Jazeera", "El Salvador": particles of names are no sign of a language, and a
  // function word is written in lowercase but at the start.
  const unnamed = (text.replace(NAME_PARTICLES, ' ').match(LETTERS) ?? [])
    .filter((w, i) => i === 0 || !/^\p{Lu}/u.test(w))
    .map((w) => w.toLowerCase());
  const counts = LATIN.map((lang) => {
    const own = functionWords(lang);
    return new Set(unnamed.filter((w) => own.has(w) && !SHARED_WITH_ENGLISH.has(w))).size;
  });
  // Words of attribution and hedges decide only between languages the sentence shows a sign of, a letter or a
  // function word of its own: alone, "estimated" and "considered" would make an English sentence French or
  // Spanish. It also spares English pages their expressions, the costliest part of a worker's first alignment
  // (compiling them took a third of it: docs/engine-log.md).
  if (!letters.some(Boolean) && !counts.some(Boolean)) return null;
  const marked = markedLanguages(text, LATIN);
  if (marked.length === 1) return marked[0]!;
  const best = Math.max(...counts);
  if (best < MIN_FUNCTION_WORDS || counts.filter((c) => c === best).length > 1) return null;
  return LATIN[counts.indexOf(best)]!;
});

/** The keys a word of `lang` has as a name (names.ts), in any of its case forms: "Uszakowa" → Ushakov's. */
export function nameKeysOf(word: string, lang: Bridged | null): string[] {
  const norm = word.toLowerCase().replace(/['’]\p{L}*$/u, '');
  const forms = lang ? nameForms(norm, lang) : [norm];
  return [...new Set(forms.map((f) => nameKey(f)).filter((k): k is string => !!k))];
}

/** The English word the news vocabulary gives for a word of `lang`, or null. */
export function translated(word: string, lang: Bridged | null): string | null {
  // French and Italian elide an article onto the word: "l’émissaire".
  return lang && toEnglish(word.toLowerCase().replace(ELIDED, ''), lang);
}

/** What a word stands for in English: its English stem where the vocabulary knows it, else its name keys
 *  marked "#", else its own stem (a name written alike in both, "Bloomberg"). */
export function englishOf(word: string, lang: Bridged | null): string[] {
  const english = translated(word, lang);
  if (english) return [stemmer(english)];
  const out = nameKeysOf(word, lang).map((k) => `#${k}`);
  if (!CYRILLIC.test(word)) out.push(stemmer(word.toLowerCase()));
  return out;
}

/** Everything a passage can be seen to say in English: see englishOf, for each of its words. */
export const englishView = perText((text: string): Set<string> => {
  const lang = foreignLanguage(text);
  return new Set((text.match(LETTERS) ?? []).flatMap((w) => englishOf(w, lang)));
});

import { identifyLanguage } from '@/utils/engine';

// The language a story records for an article: the one the page or file declares, else the one the engine
// identifies from its text, else "und" (undetermined). Recorded wrong, a language misleads every reader of the
// pack, so where the identification is not sure nothing is recorded rather than a guess.

/** Fewer words than this do not settle a language: one "і" would make a Cyrillic word Ukrainian. */
export const MIN_IDENTIFY_WORDS = 20;

const WORD = /\p{L}+/gu;
// The engine tells Ukrainian from Russian by the letters only one of them writes; Belarusian, Bulgarian,
// Serbian and Macedonian write some of those letters too, and letters of their own: those are neither.
const OTHER_CYRILLIC = /[ўјљњѓќѕџђћ]/iu;
// Russian, as the engine reads it, is a Cyrillic text with "ъ", "ы", "э" or "ё"; Bulgarian writes "ъ" alone.
const RUSSIAN_ONLY = /[ыэё]/iu;

/** The language the engine identifies in `text` as a BCP 47 tag, or null where it is not sure. */
export function identifiedLanguage(text: string): string | null {
  if ((text.match(WORD)?.length ?? 0) < MIN_IDENTIFY_WORDS) return null;
  const lang = identifyLanguage(text);
  if (lang === 'other') return null;
  if ((lang === 'uk' || lang === 'ru') && OTHER_CYRILLIC.test(text)) return null;
  if (lang === 'ru' && !RUSSIAN_ONLY.test(text)) return null;
  return lang;
}

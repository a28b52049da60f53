import { createContext } from 'preact';
import { t, wordsLocale, type MessageKey } from '@/utils/browser/i18n';
import type { PassageLanguages } from '@/utils/notes/passage-languages';

// How a note names a passage's language. The languages the engine reads have their own phrase in each catalogue
// ("in German", "німецькою", "auf Deutsch"): a language's name alone cannot be put into "in …" in Ukrainian or
// Russian, which decline it. Any other is named by Intl.DisplayNames in the words' language ("language: Czech").

const IN_LANGUAGE: Record<string, MessageKey> = {
  en: 'notes_in_en',
  de: 'notes_in_de',
  fr: 'notes_in_fr',
  es: 'notes_in_es',
  it: 'notes_in_it',
  pl: 'notes_in_pl',
  uk: 'notes_in_uk',
  ru: 'notes_in_ru',
};

/** "in German" (in the reader's language) for a language tag's primary subtag. */
export function inLanguage(lang: string): string {
  const own = IN_LANGUAGE[lang];
  if (own) return t(own);
  let name = lang;
  try {
    name = new Intl.DisplayNames([wordsLocale()], { type: 'language' }).of(lang) ?? lang;
  } catch {
    // Not a tag Intl knows: the tag itself names it.
  }
  return t('notes_inLanguage', [name]);
}

/** The page's and the linked articles' languages (utils/notes/passage-languages.ts); absent, none is named. */
export const PassageLanguagesContext = createContext<PassageLanguages | null>(null);

import { t, wordsLocale, type MessageKey } from '@/utils/browser/i18n';

/** An extension page in the reader's language: its title, and the `lang` its words are in (the HTML says "en"),
 *  so a screen reader reads them in that language's voice. */
export function localizePage(title: MessageKey): void {
  document.documentElement.lang = wordsLocale();
  document.title = t(title);
}

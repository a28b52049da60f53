import { browser } from 'wxt/browser';
import { bridgedLanguage, decodeBilingual, type BilingualSet, type Bridged } from '@/utils/engine';

// The bilingual lexicons (public/engine/bilingual-<lang>.txt, 35–565 KB each) are read only when a page in
// their language turns up: identifying the language is a few hundred words' look-up, and an English page, the
// usual case, loads none. Each is read once per worker life into the resources' set, which the index shares,
// so an index built before or after sees it.

const loading = new Map<Bridged, Promise<void>>();

/** Loads the bilingual lexicon of the text's language into `set`, once; a failure leaves the language read
 *  through the curated vocabulary only. */
export function loadLanguageOf(set: BilingualSet, text: string): Promise<void> {
  const lang = bridgedLanguage(text);
  if (!lang || set.has(lang)) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = fetch(browser.runtime.getURL(`/engine/bilingual-${lang}.txt`))
      .then((r) => r.text())
      .then((text) => void set.set(lang, decodeBilingual(text)))
      .catch((e: unknown) => {
        loading.delete(lang);
        console.warn(`Sidelight: bilingual lexicon ${lang} unavailable, reading its news words only:`, e);
      });
    loading.set(lang, pending);
  }
  return pending;
}

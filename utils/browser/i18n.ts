import { browser } from 'wxt/browser';
import en from '@/public/_locales/en/messages.json';
import { pluralKey, substitute, type Catalog } from '@/utils/i18n/messages';

// Sidelight's own words in the reader's language: the browser picks the catalogue of its UI language
// (public/_locales/<lang>/messages.json, English where it has none) and this is the one door to it. Where there
// is no browser.i18n (Node: the unit tests, the CLI) the English catalogue answers, so words read the same.

/** Every message of the English catalogue (the default locale: every other one has a subset of its keys). */
export type MessageKey = keyof typeof en;
/** The counted messages: `base_one`, `base_other` (and `_few`, `_many` where a language has them). */
export type CountedKey = { [K in MessageKey]: K extends `${infer B}_other` ? B : never }[MessageKey];

// The built extension never needs it (the browser always has the English catalogue, its default locale), so a
// production build leaves it out: ~5 KB gzipped less in each content script. Tests and the CLI keep it.
const ENGLISH: Catalog = import.meta.env?.MODE === 'production' ? {} : en;

/** The browser's message, or '' where it has none or there is no browser.i18n. */
function fromBrowser(key: string, subs: string[]): string {
  try {
    // Typed by WXT for its generated keys; every key of ours is checked against the catalogues by a unit test.
    const getMessage = browser?.i18n?.getMessage as ((key: string, subs: string[]) => string) | undefined;
    return getMessage?.call(browser.i18n, key, subs) ?? '';
  } catch {
    return ''; // The unit tests' fake browser has an i18n that throws "not implemented".
  }
}

/** The message `key` in the reader's language, `$1`… replaced by `subs`. */
export function t(key: MessageKey, subs: readonly (string | number)[] = []): string {
  const s = subs.map(String);
  return fromBrowser(key, s) || substitute(ENGLISH[key]?.message ?? key, s);
}

/** The language of the catalogue the browser chose (not always its UI language: a French browser gets the
 *  English words), which the words' plurals and the languages' names must follow. */
export function wordsLocale(): string {
  return t('locale');
}

/** The locale of numbers and dates: the browser's UI language where the words are in it ("en-GB" writes dates
 *  otherwise than "en-US"), else the words' own, so a sentence and its numbers agree. (Headless Chromium started
 *  with --lang=uk picks the Ukrainian words yet reports an "en-US" UI language.) */
export function uiLocale(): string {
  const words = wordsLocale();
  try {
    const ui = browser?.i18n?.getUILanguage() ?? '';
    return ui.split('-')[0] === words ? ui : words;
  } catch {
    return words;
  }
}

/** A counted message: the plural form the reader's language uses for `n`; `$1` is `n`, written in the UI's
 *  number format, and `subs` follow as `$2`…. */
export function tn(base: CountedKey, n: number, subs: readonly (string | number)[] = []): string {
  return t(pluralKey(base, n, wordsLocale()) as MessageKey, [formatNumber(n), ...subs]) || t(`${base}_other`);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number as the reader writes it ("12,345", "12 345", "12.345"). The notes' counts are mostly below 1,000,
 *  which every catalogue's language writes in plain digits (a unit test checks each catalogue): those skip Intl,
 *  whose first number format costs a page 6–23 ms (Chromium, en-US to uk); the rest share one format a locale. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
  const locale = uiLocale();
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
}

/** A moment as the reader writes a date and time. */
export function formatDateTime(ms: number): string {
  return new Date(ms).toLocaleString(uiLocale());
}

/** Items joined as the reader's language lists them ("A, B and C", "A, B і C", "A, B und C"). */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(wordsLocale(), { type: 'conjunction' }).format(items);
}

/** The same, in parts: the items' places ('element') and the words between ('literal'), for markup. */
export function listParts(items: readonly string[]): { type: 'element' | 'literal'; value: string }[] {
  return new Intl.ListFormat(wordsLocale(), { type: 'conjunction' }).formatToParts(items);
}

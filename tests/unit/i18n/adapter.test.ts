import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { inLanguage } from '@/components/notes/passage-language';
import { formatNumber, t, tn, wordsLocale } from '@/utils/browser/i18n';
import { pluralKey, substitute, type Catalog } from '@/utils/i18n/messages';
import { sourceCount } from '@/utils/notes/labels';

// The adapter over browser.i18n: the browser's catalogue where it has one, English in Node; counted messages in
// the plural form of the catalogue's language (Ukrainian and Russian: one / few / many).

const catalogue = (lang: string): Catalog =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Catalog;

/** The browser as one whose UI language picked `lang`'s catalogue; its UI language reported as `ui`. */
function browserIn(lang: string, ui = lang) {
  const messages = catalogue(lang);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
    substitute(messages[key]?.message ?? '', subs)) as typeof fakeBrowser.i18n.getMessage);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(ui);
}

afterEach(() => vi.restoreAllMocks());

describe('the i18n adapter', () => {
  it('answers in English where there is no browser.i18n (Node)', () => {
    expect(wordsLocale()).toBe('en');
    expect(t('notes_openIn', ['UNIAN'])).toBe('Open in UNIAN');
    expect(tn('notes_otherSources', 1)).toBe('1 other source');
    expect(tn('notes_otherSources', 21)).toBe('21 other sources');
    expect(formatNumber(12345)).toBe('12,345');
  });

  it('chooses the Ukrainian plural form: 1, 3, 5 and 21', () => {
    browserIn('uk');
    expect([1, 3, 5, 21].map((n) => pluralKey('notes_otherSources', n, 'uk'))).toEqual([
      'notes_otherSources_one',
      'notes_otherSources_few',
      'notes_otherSources_many',
      'notes_otherSources_one',
    ]);
    expect([1, 3, 5, 21].map((n) => sourceCount(n))).toEqual([
      '1 інше джерело',
      '3 інші джерела',
      '5 інших джерел',
      '21 інше джерело',
    ]);
    expect([1, 3, 5, 21].map((n) => tn('popup_claims', n))).toEqual([
      '1 твердження',
      '3 твердження',
      '5 тверджень',
      '21 твердження',
    ]);
    expect(tn('notes_differenceCount', 12)).toBe('12 відмінностей');
  });

  it('chooses the Russian and German forms', () => {
    browserIn('ru');
    expect([1, 3, 5, 21].map((n) => sourceCount(n))).toEqual([
      '1 другой источник',
      '3 других источника',
      '5 других источников',
      '21 другой источник',
    ]);
    browserIn('de');
    expect([0, 1, 3].map((n) => sourceCount(n))).toEqual([
      'Keine andere Quelle',
      '1 andere Quelle',
      '3 andere Quellen',
    ]);
  });

  it('writes numbers as the words’ language does, even where the browser reports another UI language', () => {
    // Headless Chromium with --lang=uk picks the Ukrainian catalogue but reports "en-US".
    browserIn('uk', 'en-US');
    expect(formatNumber(12345)).toBe((12345).toLocaleString('uk'));
    browserIn('en', 'en-GB');
    expect(formatNumber(12345.5)).toBe('12,345.5');
  });

  it('names a passage’s language in the reader’s language', () => {
    browserIn('uk');
    expect(inLanguage('de')).toBe('німецькою');
    expect(inLanguage('cs')).toBe('мова: чеська');
    browserIn('de');
    expect(inLanguage('en')).toBe('auf Englisch');
    vi.restoreAllMocks();
    expect(inLanguage('uk')).toBe('in Ukrainian');
    expect(inLanguage('pt')).toBe('in Portuguese');
  });
});

describe('numbers below 1,000', () => {
  // formatNumber writes them without Intl: true only while every catalogue's language writes them in plain digits.
  const locales = readdirSync('public/_locales');
  it.each(locales)('are plain digits in %s, as Intl writes them', (lang) => {
    const format = new Intl.NumberFormat(lang);
    for (let n = 0; n < 1000; n++) expect(format.format(n)).toBe(String(n));
  });

  it('and larger ones as Intl writes them in the reader’s locale', () => {
    browserIn('uk');
    expect(formatNumber(12345)).toBe(new Intl.NumberFormat('uk').format(12345));
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(2.5)).toBe(new Intl.NumberFormat('uk').format(2.5));
  });
});

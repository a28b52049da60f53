import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholders, PLURAL_FORMS, type Catalog } from '@/utils/i18n/messages';

// The catalogues (public/_locales/<lang>/messages.json) against the code: every key the code names is in every
// catalogue, with each plural form the language needs and the same placeholders as English, and no catalogue
// keeps a key the code no longer names. A word added in English only, or a "$1" lost in translation, fails here.

const LOCALES_DIR = 'public/_locales';
const SOURCE_DIRS = ['components', 'entrypoints', 'utils'];
const locales = readdirSync(LOCALES_DIR);
const catalogue = (lang: string): Catalog => JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8'));
const en = catalogue('en');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}
const code = [...SOURCE_DIRS.flatMap(sources), readFileSync('wxt.config.ts', 'utf8')].join('\n');

const pluralBase = (key: string) => key.replace(new RegExp(`_(${PLURAL_FORMS.join('|')})$`), '');
const isCounted = (base: string) => `${base}_other` in en;
/** The keys a message may be asked by in the code: a plain key, or a counted message's base. */
const askable = [...new Set(Object.keys(en).map((k) => (isCounted(pluralBase(k)) ? pluralBase(k) : k)))];

/** Keys the code asks for by name: t('key'…), tn('key'…), tParts('key'…). */
const called = [...code.matchAll(/\b(?:t|tn|tParts)\(\s*'([\w@]+)'/g)].map((m) => m[1]!);
/** Where a key is named at all: a call, a map of keys (a note's difference kinds), or the manifest's __MSG_key__. */
const named = (key: string) => code.includes(`'${key}'`) || code.includes(`__MSG_${key}__`);

/** The keys `lang` must have for `key`: itself, or each plural form the language uses. */
function formsOf(key: string, lang: string): string[] {
  if (!isCounted(key)) return [key];
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return categories.map((c) => `${key}_${c}`);
}

describe('the message catalogues', () => {
  it('are English, Ukrainian, Russian and German at least, English the default', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'uk', 'ru', 'de']));
    expect(readFileSync('wxt.config.ts', 'utf8')).toContain("default_locale: 'en'");
  });

  it('have every key the code asks for', () => {
    expect(called.length).toBeGreaterThan(50);
    for (const key of called) expect(askable, `t('${key}') has no English message`).toContain(key);
  });

  it.each(locales)('%s has every message, each plural form its language uses, and only those', (lang) => {
    const messages = catalogue(lang);
    const expected = askable.flatMap((k) => formsOf(k, lang));
    const missing = expected.filter((k) => !messages[k]?.message);
    expect(missing, `missing in ${lang}`).toEqual([]);
    const extra = Object.keys(messages).filter((k) => !expected.includes(k));
    expect(extra, `not used in ${lang}`).toEqual([]);
  });

  it.each(locales)('%s uses the same placeholders as English', (lang) => {
    const messages = catalogue(lang);
    for (const key of askable) {
      const english = placeholders(en[isCounted(key) ? `${key}_other` : key]!.message);
      for (const form of formsOf(key, lang))
        expect(placeholders(messages[form]!.message), `${lang} ${form}`).toEqual(english);
    }
  });

  it('names every key somewhere in the code', () => {
    expect(askable.filter((k) => !named(k))).toEqual([]);
  });

  it('keeps the product’s name untranslated', () => {
    for (const lang of locales) expect(catalogue(lang).extName?.message).toBe('Sidelight');
    for (const lang of locales) expect(catalogue(lang).locale?.message).toBe(lang);
  });
});

// The browser's message catalogues (public/_locales/<lang>/messages.json) read without the browser: the same
// substitution and plural rules as the adapter applies to browser.i18n (utils/browser/i18n.ts), pure, so the
// unit tests and the CLI read the catalogues in Node exactly as the extension reads them.

/** A messages.json file: each key's message, `$1`…`$9` where the substitutions go. */
export type Catalog = Record<string, { message: string; description?: string }>;

/** The plural forms a catalogue may give a counted message (`sources_one`, `sources_few`, …): CLDR's. */
export const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

const rules = new Map<string, Intl.PluralRules>();

/** The key of the form of counted message `base` that `locale` uses for `n` ("1 source", "21 джерело"). */
export function pluralKey(base: string, n: number, locale: string): string {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return `${base}_${r.select(n)}`;
}

/** Puts the substitutions into a message where `$1`…`$9` stand, as browser.i18n.getMessage does. */
export function substitute(message: string, subs: readonly string[] = []): string {
  return message.replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** The placeholders a message uses, sorted ("$1", "$2"): a translation must use the same ones. */
export function placeholders(message: string): string[] {
  return [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();
}

/** A message cut where its placeholders stand: text, and the (0-based) index of the substitution between. */
export function splitPlaceholders(message: string): (string | number)[] {
  return message.split(/\$([1-9])/).map((part, i) => (i % 2 ? Number(part) - 1 : part));
}

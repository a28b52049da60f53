// Names as English writes them, from any script and spelling: "Віткоффом", "Уиткоффа", "Uszakowem" and
// "Ouchakov" become Latin letters close to the English spelling, so that names.ts nameKey can match them to
// the story's "Witkoff" and "Ushakov". General rules of each language's spelling, never a list of names.

import type { Language } from './identify';

// Cyrillic to Latin, close to English transliteration (the letter sounds, not a standard's diacritics).
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ye',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

// Spellings of Latin-script languages rewritten as English writes the same sounds. German "sch" and final
// "w" are already folded by nameKey.
const LATIN: Partial<Record<Language, Array<[RegExp, string]>>> = {
  pl: [
    [/sz/gu, 'sh'],
    [/cz/gu, 'ch'],
    [/rz/gu, 'zh'],
    [/w/gu, 'v'],
    [/ł/gu, 'l'],
  ],
  fr: [
    [/ou/gu, 'u'],
    [/ch/gu, 'sh'],
  ],
  de: [[/w/gu, 'v']],
};

// Case endings of names in the Slavic languages (Witkoffa, Uszakowem, Ушаковим), tried after romanising.
const ENDINGS: Partial<Record<Language, string[]>> = {
  uk: ['ovi', 'evi', 'om', 'im', 'em', 'a', 'u', 'i', 'y', 'e'],
  ru: ['om', 'ym', 'im', 'em', 'oi', 'a', 'u', 'e', 'y'],
  pl: ['owi', 'ovi', 'em', 'iem', 'a', 'u', 'e', 'y', 'i'],
  de: ['s'],
};

/** A lowercase word in Latin letters as English would write it, or null when it is not alphabetic. */
export function romanize(norm: string, lang: Language): string | null {
  let s = [...norm].map((c) => CYRILLIC[c] ?? c).join('');
  // Russian writes an English W as "уи"/"уо"/"уэ" at the start of a name: Уиткофф is Witkoff.
  if (lang === 'ru' || lang === 'uk') s = s.replace(/^u(?=[ieo])/u, 'w');
  for (const [from, to] of LATIN[lang] ?? []) s = s.replace(from, to);
  s = s.normalize('NFD').replace(/\p{M}/gu, '');
  return /^[a-z]+$/u.test(s) ? s : null;
}

/** The forms a capitalised word may have as a name in its nominative: itself, and without a case ending. */
export function nameForms(norm: string, lang: Language): string[] {
  const base = romanize(norm, lang);
  if (!base) return [];
  const out = [base];
  for (const e of ENDINGS[lang] ?? [])
    if (base.endsWith(e) && base.length - e.length >= 4) out.push(base.slice(0, -e.length));
  return out;
}

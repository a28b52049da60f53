// A light stemmer for each language the engine reads: the word's inflectional ending cut off, so that a page's
// "Verhandlungen", "розмови" or "révélé" and a dictionary's "Verhandlung", "розмова" or "révéler" meet at one
// key. The same function keys the bilingual lexicons when scripts/derive-bilingual.mjs derives them and reads
// the page's words when the engine looks them up, so the two always agree. Endings only, no rules of the
// stem's own changes: a dozen lines per language instead of a Snowball stemmer of every language (one
// 860 KB file), measured in docs/engine-log.md.

import type { Bridged } from './identify';

/** Stemming tunables. */
export const STEM = {
  /** Letters a stem keeps at least: shorter words are keyed whole ("мир", "plan"). */
  minStem: 3,
};

// Inflectional endings of nouns, adjectives and verbs, longest matched first. Latin-script words are compared
// without diacritics (accents and Polish letters folded), so each list is written without them.
const ENDINGS: Record<Bridged, string> = {
  de: 'ungen ung heiten heit keiten keit ern em en er es e s n',
  fr: 'issements issement ations ation ements ement euses euse eux ives ive ifs if ees ee es er ez ent e s',
  es: 'aciones acion amientos amiento imientos imiento ando iendo aron ieron ados adas idos idas ado ada ido ida ar er ir as os es a o e s',
  it: 'azioni azione amenti amento ando endo ati ate ato ata iti ite ito ita are ere ire i e o a',
  pl: 'owania owanie owac ania anie enia enie ami ach owi ego emu ymi ich ych ym im ow om ej ac ic ec yc la lo li ly a e i y u o l',
  ru: 'ениями ениям ениях ения ение ании ания ание ости ость ами ями ого его ому ему ыми ими ой ей ий ый ая яя ое ее ые ие ых их ом ем ам ям ах ях ов ев ть ла ло ли ал ил ет ит ут ют ат ят а я о е и ы у ю ь й',
  uk: 'еннями енням ення ання анням ості ість ами ями ого ому ими ій ий ої ою ею ах ях ів ам ям ом ем ти ла ло ли ав ив а я о е і и у ю ь й ї є',
};

const sorted = new Map<Bridged, string[]>();

function endings(lang: Bridged): string[] {
  let list = sorted.get(lang);
  if (!list) {
    list = ENDINGS[lang].split(' ').sort((a, b) => b.length - a.length);
    sorted.set(lang, list);
  }
  return list;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** A word folded for matching: lowercase, and in Latin script without diacritics ("révélé" → "revele"). */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (CYRILLIC.test(lower)) return lower.replace(/ё/gu, 'е').replace(/['’ʼ]/gu, '');
  return lower.replace(/ß/gu, 'ss').replace(/ł/gu, 'l').normalize('NFD').replace(/\p{M}/gu, '');
}

/** The stem of a word of `lang`: folded, its longest inflectional ending cut off where a stem remains. */
export function stemWord(word: string, lang: Bridged): string {
  const w = foldWord(word);
  for (const end of endings(lang)) {
    if (w.length - end.length >= STEM.minStem && w.endsWith(end)) return w.slice(0, -end.length);
  }
  return w;
}

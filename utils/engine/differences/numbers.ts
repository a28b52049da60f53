// Numbers and dates: "two calls" / "three calls", "Oct 12" / "Oct 14", "Wednesday" / "Tuesday". The same
// value written differently ("100 million" / "100m") is not a difference here (quotes report wording).

import { monthOf } from '../languages/months';
import { OTHER_PERCENT, OTHER_SCALES, otherScale, readDigits } from './number-formats';
import type { Difference } from '../types';
import { perText } from '../per-text';

const SMALL: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  dozen: 12,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  hundred: 100,
};
const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9 };
const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_MD = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'giu');
const DATE_DM = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, 'giu');
// A day and a month in another language: "14 жовтня", "14. Oktober", "14 de octubre" (languages/months.ts).
const DATE_OTHER = /\b(\d{1,2})\.?\s+(?:de\s+)?(\p{L}+)/gu;
const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/giu;
// A number as any of the languages writes it: "1,000" and "1.000", "3.5" and "3,5", "1 000" (with a no-break
// space), then a scale ("million", "Mio.", "млн") and a percent sign or word.
const NUMBER = new RegExp(
  '\\b(\\d+(?:[.,]\\d+|[\\u00a0\\u202f]\\d{3}(?!\\d))*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozen)' +
    `(?:\\s*(thousand|million|billion|bn|mn|m|k|${OTHER_SCALES})(?![\\p{L}\\p{N}]))?` +
    `(?:\\s*(%|percent|per cent|${OTHER_PERCENT}))?`,
  'giu',
);

interface Mention {
  kind: 'date' | 'number';
  /** The value as read in English. */
  value: string;
  /** The values it may stand for, the one read in English first: "1.000" is 1 in English and 1000 in German. */
  values: string[];
  surface: string;
}

/** Dates and numbers mentioned in a text, with normalised values. */
export const mentions = perText((text: string): Mention[] => {
  const out: Mention[] = [];
  let rest = text;
  for (const re of [DATE_MD, DATE_DM]) {
    rest = rest.replace(re, (surface: string, x: string, y: string) => {
      const [mon, day] = /^\d/u.test(x) ? [y, x] : [x, y];
      const value = `${MONTHS.indexOf(mon.slice(0, 3).toLowerCase()) + 1}-${Number(day)}`;
      out.push({ kind: 'date', value, values: [value], surface });
      return ' '.repeat(surface.length);
    });
  }
  rest = rest.replace(DATE_OTHER, (surface: string, day: string, word: string) => {
    const month = monthOf(word);
    if (!month) return surface;
    const value = `${month}-${Number(day)}`;
    out.push({ kind: 'date', value, values: [value], surface });
    return ' '.repeat(surface.length);
  });
  for (const m of rest.matchAll(WEEKDAY)) {
    const value = m[1]!.toLowerCase();
    out.push({ kind: 'date', value, values: [value], surface: m[0] });
  }
  for (const m of rest.matchAll(NUMBER)) {
    const small = SMALL[m[1]!.toLowerCase()];
    const bases = (small ? [small] : readDigits(m[1]!)).filter(Number.isFinite);
    if (!bases.length || /^(19|20)\d\d$/u.test(m[1]!)) continue; // years are dates, rarely disputed
    const scale = m[2] ? (SCALE[m[2].toLowerCase()] ?? otherScale(m[2])) : 1;
    const values = bases.map((b) => `${b * scale}${m[3] ? '%' : ''}`);
    out.push({ kind: 'number', value: values[0]!, values, surface: m[0].trim() });
  }
  return out;
});

const sameValue = (m: Mention, n: Mention) => m.kind === n.kind && m.values.some((v) => n.values.includes(v));

/** Reports dates and numbers that one text has and the other replaces with another of the same kind. */
export function numberDifferences(here: string, there: string): Difference[] {
  const a = mentions(here);
  const b = mentions(there);
  const out: Difference[] = [];
  for (const kind of ['date', 'number'] as const) {
    const x = a.filter((m) => m.kind === kind && !b.some((n) => sameValue(m, n)));
    const y = b.filter((m) => m.kind === kind && !a.some((n) => sameValue(m, n)));
    // Only a replacement is a difference; a value one side leaves out is just less detail.
    for (let i = 0; i < Math.min(x.length, y.length); i++)
      out.push({ kind, here: x[i]!.surface, there: y[i]!.surface });
  }
  return out;
}

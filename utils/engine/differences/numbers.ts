// Numbers and dates: "two calls" / "three calls", "Oct 12" / "Oct 14", "Wednesday" / "Tuesday". The same
// value written differently ("100 million" / "100m") is not a difference here (quotes report wording).

import { monthOf } from '../languages/months';
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
const NUMBER =
  /\b(\d+(?:[.,]\d+)*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozen)(?:\s*(thousand|million|billion|bn|mn|m|k)\b)?(?:\s*(%|percent|per cent))?/giu;

interface Mention {
  kind: 'date' | 'number';
  value: string;
  surface: string;
}

/** Dates and numbers mentioned in a text, with normalised values. */
export const mentions = perText((text: string): Mention[] => {
  const out: Mention[] = [];
  let rest = text;
  for (const re of [DATE_MD, DATE_DM]) {
    rest = rest.replace(re, (surface: string, x: string, y: string) => {
      const [mon, day] = /^\d/u.test(x) ? [y, x] : [x, y];
      out.push({ kind: 'date', value: `${MONTHS.indexOf(mon.slice(0, 3).toLowerCase()) + 1}-${Number(day)}`, surface });
      return ' '.repeat(surface.length);
    });
  }
  rest = rest.replace(DATE_OTHER, (surface: string, day: string, word: string) => {
    const month = monthOf(word);
    if (!month) return surface;
    out.push({ kind: 'date', value: `${month}-${Number(day)}`, surface });
    return ' '.repeat(surface.length);
  });
  for (const m of rest.matchAll(WEEKDAY)) out.push({ kind: 'date', value: m[1]!.toLowerCase(), surface: m[0] });
  for (const m of rest.matchAll(NUMBER)) {
    const base = SMALL[m[1]!.toLowerCase()] ?? Number(m[1]!.replace(/,/gu, ''));
    if (!Number.isFinite(base) || /^(19|20)\d\d$/u.test(m[1]!)) continue; // years are dates, rarely disputed
    const value = base * (SCALE[(m[2] ?? '').toLowerCase()] ?? 1);
    out.push({ kind: 'number', value: `${value}${m[3] ? '%' : ''}`, surface: m[0].trim() });
  }
  return out;
});

/** Reports dates and numbers that one text has and the other replaces with another of the same kind. */
export function numberDifferences(here: string, there: string): Difference[] {
  const a = mentions(here);
  const b = mentions(there);
  const out: Difference[] = [];
  for (const kind of ['date', 'number'] as const) {
    const x = a.filter((m) => m.kind === kind && !b.some((n) => n.kind === kind && n.value === m.value));
    const y = b.filter((m) => m.kind === kind && !a.some((n) => n.kind === kind && n.value === m.value));
    // Only a replacement is a difference; a value one side leaves out is just less detail.
    for (let i = 0; i < Math.min(x.length, y.length); i++)
      out.push({ kind, here: x[i]!.surface, there: y[i]!.surface });
  }
  return out;
}

// Numbers as the languages the engine reads write them (issue 17): the scale and percent words after a number,
// and what its digits may stand for. "1.000" is a thousand in German and one in English, "1,000" the other way
// round; a sentence is too short to be sure of its language, so an ambiguous number stands for both values
// and is a difference only when neither is the other passage's.

// Scale words after a number, longest forms first within each family.
export const OTHER_SCALES = [
  'мільйон\\p{L}*|мільярд\\p{L}*|миллион\\p{L}*|миллиард\\p{L}*|млн|млрд|тис\\.|тыс\\.',
  'millionen|milliarden|milliarde|tausend|mio\\.|mrd\\.',
  'millions|milliards?|mille|mil\\s+millones|millones|millón|mil|milioni|milione|miliardi|miliardo|mila',
  'milion\\p{L}*|miliard\\p{L}*|mln|mld|tys\\.',
].join('|');

/** Percent as the languages write it after a number ("3,5 Prozent", "10 відсотків"). */
export const OTHER_PERCENT =
  'prozent|pour\\s+cent|por\\s+ciento|per\\s+cento|procent\\p{L}*|відсот\\p{L}*|процент\\p{L}*';

// Scale families by their start: billions before millions ("mil millones" before "mil…").
const SCALE_STARTS: Array<[RegExp, number]> = [
  [/^(?:мільярд|миллиард|млрд|milliard|mrd|mil\s+millones|miliard|mld)/u, 1e9],
  [/^(?:мільйон|миллион|млн|mio|million|millon|millón|milion|mln)/u, 1e6],
  [/^(?:тис|тыс|tausend|mille|mila|tys|mil$)/u, 1e3],
];

/** The factor of a scale word of another language (OTHER_SCALES). */
export function otherScale(word: string): number {
  const w = word.toLowerCase();
  return SCALE_STARTS.find(([start]) => start.test(w))?.[1] ?? 1;
}

const NO_BREAK_SPACES = /[\u00a0\u202f]/gu;

/** The values a number's digits may stand for, the English reading first. */
export function readDigits(raw: string): number[] {
  const s = raw.replace(NO_BREAK_SPACES, '');
  const english = Number(s.replace(/,/gu, ''));
  // "1,000" / "1.000": a thousand in one language, one in the other.
  if (/^\d{1,3},\d{3}$/u.test(s)) return [english, Number(s.replace(',', '.'))];
  if (/^\d{1,3}\.\d{3}$/u.test(s)) return [english, Number(s.replace('.', ''))];
  // "1.000.000", "1.234,5": dots group thousands and a comma marks the decimals.
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u.test(s)) return [Number(s.replace(/\./gu, '').replace(',', '.'))];
  // "3,5", "2,75": a decimal comma (a thousands comma groups three digits).
  if (/^\d+,\d{1,2}$/u.test(s)) return [Number(s.replace(',', '.'))];
  return [english];
}

// A dateline: the place (and the agency) or the date a wire story opens its first paragraph with, before a
// dash: "MOSCOW (Reuters) - The Kremlin said…", "KYIV, Ukraine (AP) — ", "LONDON, Nov 26 (Reuters) - ",
// "April 17, 2015 -- ". It is page furniture glued to the first sentence: the claim starts after it, so the
// dateline is neither underlined nor read as words of the claim.

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?)`;
// A place in capitals, one to three words ("WASHINGTON", "NEW YORK", "BRUSSELS/MOSCOW"), then perhaps its
// country or state as written ("KYIV, Ukraine", "WASHINGTON, D.C."). Three letters at least: "US — Russia
// talks…" opens with no dateline.
const PLACE =
  "\\p{Lu}[\\p{Lu}\\p{M}'’.-]{2,}(?:[\\s/]\\p{Lu}[\\p{Lu}\\p{M}'’.-]+){0,2}(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)?";
const AGENCY = '\\([^()]{1,30}\\)';
// The dash ends the dateline, and a sentence starts after it: "NATO — the alliance…" keeps its words.
const DATELINE = new RegExp(
  `^\\s*(?:${PLACE}(?:,\\s*${DATE})?|${DATE})\\s*(?:${AGENCY}\\s*)?(?:—|–|--?)\\s+(?=["“‘'\\p{Lu}])`,
  'u',
);

/** The length of the dateline that opens `line` (with the spaces after its dash), or 0 when it opens with none. */
export function datelineLength(line: string): number {
  return DATELINE.exec(line)?.[0].length ?? 0;
}

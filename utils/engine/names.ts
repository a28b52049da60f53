// Name variants across transliterations and typos: Witkoff/Vitkoff, Ushakov/Uschakow, Dmitriev/Dmitrijew.
// A consonant skeleton with the letters that transliteration swaps folded together.

/** A transliteration-insensitive key for a capitalised word, or null when the word is too short to trust. */
export function nameKey(norm: string): string | null {
  if (norm.length < 5 || !/^[a-z]+$/u.test(norm)) return null;
  let s = norm
    .replace(/tsch/gu, 'ch')
    .replace(/sch/gu, 'sh')
    .replace(/ck/gu, 'k')
    .replace(/ph/gu, 'f')
    .replace(/[jy]/gu, 'i')
    .replace(/^v/u, 'w')
    .replace(/(w|v|ff|f)$/u, 'F');
  s = s[0] + s.slice(1).replace(/[aeiou]/gu, '');
  s = s.replace(/v/gu, 'w').replace(/(.)\1+/gu, '$1');
  return s.length >= 3 ? s : null;
}

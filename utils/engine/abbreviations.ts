// Abbreviations that end in a full stop without ending a sentence. English newsroom usage; other languages
// fall back to the general rules (an initial, a lowercase continuation), which hold across Latin scripts.

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm st jr sr inc ltd co corp plc bros vs etc approx ' +
    'no nos vol fig pp jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun ' +
    'u.s u.k u.n e.u u.s.a a.m p.m i.e e.g d.c n.y l.a ph.d mt ft ave blvd dept est univ assn hon pres rev'
  ).split(' '),
);

// Words that, capitalised after "U.S." or "Inc.", almost surely begin a new sentence.
const OPENERS = new Set(
  (
    'the a an it he she they we i this that these those but and so yet however in on at after before when while ' +
    'if there his her their its our my what who why how according meanwhile still also'
  ).split(' '),
);

/** Whether a word (without its final dot) is a known abbreviation that rarely ends a sentence. */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase().replace(/\.$/, ''));
}

// The word at a given index (sticky), after an optional opening quote.
const WORD_AT = /["“‘']?([\p{L}]+)/uy;

/** Whether the text from `from` on, just after an abbreviation's dot, starts like a new sentence ("U.S. The CIA ..."). */
export function isSentenceOpener(text: string, from = 0): boolean {
  WORD_AT.lastIndex = from;
  const w = WORD_AT.exec(text)?.[1] ?? '';
  return /^\p{Lu}/u.test(w) && OPENERS.has(w.toLowerCase());
}

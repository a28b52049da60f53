// What a marker (a hedge) speaks of, read so that passages in two languages can be compared (issue 17): the
// words of its clause, each as the English it is seen to say (foreign.ts), the first word that says what
// happened apart. Within English the stems of scope.ts are compared, as they always were.

import { functionWords, type Bridged } from '../languages/identify';
import { STOPWORDS } from '../stopwords';
import { englishOf, translated } from './foreign';
import { clauseAfter, LIGHT, PREFIX, SCOPE_WORDS } from './scope';

const WORD = /\p{L}+(?:['’]\p{L}+)?/gu;
/** Words this short are articles and prepositions (English "of", French "des", Polish "dla"), in English two
 *  letters: the function words of the other languages are only their most frequent (identify.ts). */
const SHORT = { english: 2, other: 3 };

export interface CrossScope {
  /** Each word of the scope as the English it is seen to say (stems, and name keys marked "#"). */
  words: string[][];
  /** The first of them that says what happened, not who: what a plain passage must say too. */
  what: string[];
}

/** The scope of a marker ending at `from` in a text in `lang` (null: English), to its clause's end or `to`. */
export function crossScope(text: string, from: number, lang: Bridged | null, to?: number): CrossScope {
  const clause = clauseAfter(text, from, to);
  const own = lang ? functionWords(lang) : STOPWORDS;
  const words = (clause.match(WORD) ?? [])
    .filter((w) => w.length > (lang ? SHORT.other : SHORT.english) && !own.has(w.toLowerCase()))
    .slice(0, SCOPE_WORDS);
  const seen = words.map((w) => englishOf(w, lang));
  // In another language the first word its vocabulary reads (German writes every noun capitalised); in
  // English the first that is not a name.
  const said = (w: string) => (lang ? !!translated(w, lang) : !/^\p{Lu}/u.test(w));
  const what = words.findIndex((w, i) => said(w) && !seen[i]!.some((k) => LIGHT.has(k)));
  return { words: seen, what: what < 0 ? [] : seen[what]! };
}

/** Whether a passage seen in English (foreign.ts englishView) says a word: the same key, or a stem's start. */
export function says(view: ReadonlySet<string>, keys: string[]): boolean {
  return keys.some(
    (k) =>
      view.has(k) ||
      (!k.startsWith('#') && k.length >= PREFIX && [...view].some((v) => v.startsWith(k.slice(0, PREFIX)))),
  );
}

/** How many words of a scope a passage seen in English says. */
export function sharedAcross(scope: CrossScope, view: ReadonlySet<string>): number {
  return scope.words.filter((keys) => says(view, keys)).length;
}

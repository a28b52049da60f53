// The bilingual lexicons: each language's words, keyed by the engine's light stemmer (stem.ts), with the
// English words a real dictionary gives for them (derived by scripts/derive-bilingual.mjs into
// public/engine/bilingual-<lang>.txt). The caller reads the file when a page in that language turns up and
// passes it in decoded, as it passes the English lexicon: the engine never fetches.

import type { Bridged } from './identify';
import { foldWord, stemWord } from './stem';

/** A decoded bilingual lexicon. */
export interface Bilingual {
  lang: Bridged;
  /** The language's stop words, folded (foldWord). */
  stop: Set<string>;
  /** Stem → English words, the dictionary's first sense first. */
  words: Map<string, string[]>;
}

/** The bilingual lexicons the caller has loaded, by language; it may add one when a page needs it. */
export type BilingualSet = Map<Bridged, Bilingual>;

const MAGIC = 'SLB1 ';

/** Decodes a bilingual lexicon file ("SLB1 <lang>" format); throws with a readable message on anything else. */
export function decodeBilingual(text: string): Bilingual {
  const lines = text.split('\n');
  if (!lines[0]?.startsWith(MAGIC)) throw new Error('not a Sidelight bilingual lexicon (SLB1)');
  const lang = lines[0].slice(MAGIC.length).trim() as Bridged;
  const out: Bilingual = { lang, stop: new Set(), words: new Map() };
  for (const line of lines.slice(1)) {
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('!stop ')) {
      for (const w of line.slice(6).split(' ')) out.stop.add(w);
      continue;
    }
    const tab = line.indexOf('\t');
    if (tab < 1) throw new Error(`bilingual lexicon ${lang}: malformed line "${line.slice(0, 40)}"`);
    out.words.set(line.slice(0, tab), line.slice(tab + 1).split(' '));
  }
  return out;
}

/** The English words the lexicon gives for a word of its language, first sense first; [] when none. */
export function englishFor(lexicon: Bilingual, word: string): string[] {
  return lexicon.words.get(stemWord(word, lexicon.lang)) ?? [];
}

/** Whether a word is one of the language's stop words. */
export function isStopWord(lexicon: Bilingual, word: string): boolean {
  return lexicon.stop.has(foldWord(word));
}

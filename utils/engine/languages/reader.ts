// The one door from the engine into other languages: identify the page's language once, then read each
// claim's words through that language's bridge. English and languages without a vocabulary read as before.

import { stemmer } from 'stemmer';
import type { EngineIndex } from '../build';
import type { Token } from '../tokenize';
import { bridgeTokens } from './bridge';
import { englishStems } from './vocabulary';
import { bridgedLanguage } from './identify';

interface ClaimTokens {
  tokens: Token[];
  parts: Token[][];
}

// Two words of the language may read as one English word: the claim keeps it once, as claimTokens does.
const unique = (tokens: Token[]) => {
  const seen = new Set<string>();
  return tokens.filter((t) => !seen.has(t.stem) && seen.add(t.stem));
};

export interface Reader {
  /** A claim's tokens as the engine reads them. */
  read: (claim: ClaimTokens) => ClaimTokens;
  /** A claim's tokens as story detection reads them, where that differs from `read`: in another language
   *  with the dictionary's stop words kept. Dropping them shrinks a claim's bag and so raises its similarity
   *  to the English passages; linking gains by it (development 10/60 same units found, 6/60 without: see
   *  docs/engine-log.md), while detection, whose evidence is calibrated on English, took a near-miss of the
   *  same cast (m24, ru) for the story. */
  detect?: (claim: ClaimTokens) => ClaimTokens;
  /** Whether the engine can see a stem on this page at all: every stem in English, and in another language
   *  the names and the stems its vocabulary gives (detection measures coverage of those only). */
  sees: (stem: string) => boolean;
}

/** How a page's claims are read: unchanged in English, through the bridge in a language the engine knows. */
export function claimReader(index: EngineIndex, text: string): Reader {
  const lang = bridgedLanguage(text);
  if (!lang) return { read: (claim) => claim, sees: () => true };
  const reading =
    (stopWords: boolean) =>
    ({ tokens, parts }: ClaimTokens): ClaimTokens => {
      const read = (list: Token[]) => unique(bridgeTokens(index, list, lang, stopWords));
      return { tokens: read(tokens), parts: parts.map(read) };
    };
  const stems = englishStems(lang, stemmer);
  const sees = (stem: string) => stems.has(stem);
  // Without a bilingual lexicon both readings are the same: detection reuses the linking pass.
  if (!index.bilingual?.has(lang)) return { read: reading(true), sees };
  return { read: reading(true), detect: reading(false), sees };
}

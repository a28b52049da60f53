// How much a word says about a claim: rare in general English (from the lexicon's frequency ranks) and
// rare among the story's passages (BM25-style IDF). Names and numbers count fully without a lexicon.

import { backgroundRarity, type Lexicon } from './lexicon';

export interface WeightStats {
  passages: number;
  df: Map<string, number>;
  lexicon?: Lexicon;
}

/** The weight of one term (0…1) given corpus statistics. */
export function termWeight(stats: WeightStats, stem: string, norm: string, cap: boolean, num: boolean): number {
  const bg = num || cap ? Math.max(0.8, rarity(stats, norm)) : rarity(stats, norm);
  const n = stats.df.get(stem) ?? 0;
  const N = Math.max(stats.passages, 2);
  const idf = Math.log(1 + (N - n + 0.5) / (n + 0.5)) / Math.log(1 + (N + 0.5) / 0.5);
  return bg * (0.35 + 0.65 * Math.max(0, idf));
}

function rarity(stats: WeightStats, norm: string): number {
  return stats.lexicon ? backgroundRarity(stats.lexicon, norm) : 0.6;
}

import { browser } from 'wxt/browser';
import { deriveSpotTerms, markRareTerms, SPOT_STORIES_KEY, withSpellingKeys } from '@/utils/spot';
import { spellingKeys } from '@/utils/engine';
import { getResources } from './align';
import { getPacks } from './packs';

// The always-on content script's cheap test reads these from storage.local without waking this worker.
// Terms that are everyday words (President, White House) are marked common with the engine's word-frequency
// lexicon, so a page must name the story's rare names too: of the 130 real pages this cuts the pages flagged
// for extraction from 30 to 1 (docs/side-notes.md).

/** Words among the lexicon's most frequent this many count as everyday words. */
const COMMON_RANK = 5000;

/** Publishes the spot terms where every content script can read them. */
export async function publishSpotTerms(): Promise<void> {
  const [packs, { lexicon }] = await Promise.all([getPacks(), getResources()]);
  const stories = deriveSpotTerms(packs);
  const isCommon = (w: string) => (lexicon?.rows.get(w.toLowerCase()) ?? Infinity) < COMMON_RANK;
  // A page in another language or script spells the rare names its own way: they are published by key too.
  const marked = lexicon ? markRareTerms(stories, isCommon) : stories;
  await browser.storage.local.set({ [SPOT_STORIES_KEY]: withSpellingKeys(marked, spellingKeys) });
}

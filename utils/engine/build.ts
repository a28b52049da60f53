// Builds the engine's index from story packs: every article segmented into claims, each claim a weighted
// bag of terms, with an inverted index from terms to passages so alignment never compares all pairs.

import type { StoryPack } from '../pack/schema';
import { claimTokens, makeBag, type Bag } from './bag';
import type { BilingualSet } from './languages/bilingual';
import type { Lexicon } from './lexicon';
import { segment, type Segment } from './segment';
import { stemShingles } from './copies';
import { storyProfile, type Profile } from './profile';
import type { Token } from './tokenize';

export interface EngineResources {
  /** Decoded word lexicon (see decodeLexicon); optional: without it matching is lexical only. */
  lexicon?: Lexicon;
  /** Bilingual lexicons into English by language (languages/bilingual.ts); optional, and the caller may add a
   *  language to the same map when a page in it turns up: without one a page in that language is read through
   *  the curated news vocabulary only. */
  bilingual?: BilingualSet;
}

export interface IndexedPassage extends Segment {
  article: number;
  bag: Bag;
}

export interface IndexedArticle {
  story: number;
  id: string;
  outlet: string;
  url: string | null;
  text: string;
  passages: number[];
  shingles: Set<string>;
}

export interface IndexedStory {
  id: string;
  title: string;
  articles: number[];
  profile: Profile;
}

export interface EngineIndex {
  stories: IndexedStory[];
  articles: IndexedArticle[];
  passages: IndexedPassage[];
  /** Stem (or name key, prefixed "~") → passage ids, ascending. */
  postings: Map<string, number[]>;
  df: Map<string, number>;
  lexicon?: Lexicon;
  bilingual?: BilingualSet;
}

/** An article's own share of the index build (segments, claim tokens, shingles): it depends on nothing else. */
export interface PreparedArticle {
  sentences: Array<{ seg: Segment; tokens: Token[]; parts: Token[][] }>;
  shingles: Set<string>;
}

/**
 * The per-article step of buildIndex, exported so the service worker can keep and persist it per article
 * (utils/engine/incremental.ts): it is ~90% of a build's time, and the rest (weights, postings) is global.
 */
export function prepareArticle(text: string): PreparedArticle {
  const sentences = segment(text)
    .filter((seg) => seg.kind === 'sentence')
    .map((seg) => ({ seg, ...claimTokens(text, seg.start, seg.end) }));
  return { sentences, shingles: stemShingles(sentences.flatMap((s) => s.tokens.map((t) => t.stem))) };
}

/** Indexes the packs' articles for alignment and detection; `prepare` may return a kept prepareArticle result. */
export function buildIndex(
  packs: StoryPack[],
  resources: EngineResources = {},
  prepare: (text: string) => PreparedArticle = prepareArticle,
): EngineIndex {
  const index: EngineIndex = { stories: [], articles: [], passages: [], postings: new Map(), df: new Map() };
  index.lexicon = resources.lexicon;
  index.bilingual = resources.bilingual;
  const pending: Array<PreparedArticle['sentences'][number] & { article: number }> = [];
  for (const pack of packs) {
    const story = index.stories.length;
    const ids: number[] = [];
    for (const a of pack.articles) {
      const article = index.articles.length;
      const prepared = prepare(a.text);
      ids.push(article);
      index.articles.push({
        story,
        id: a.id,
        outlet: a.outlet,
        url: a.url,
        text: a.text,
        passages: [],
        shingles: prepared.shingles,
      });
      for (const { seg, tokens, parts } of prepared.sentences) {
        for (const t of tokens) index.df.set(t.stem, (index.df.get(t.stem) ?? 0) + 1);
        pending.push({ seg, article, tokens, parts });
      }
    }
    index.stories.push({
      id: pack.story.id,
      title: pack.story.title,
      articles: ids,
      profile: { terms: new Map(), names: new Set(), nameForms: new Set() },
    });
  }
  const stats = { passages: pending.length, df: index.df, lexicon: resources.lexicon };
  for (const { seg, article, tokens, parts } of pending) {
    const id = index.passages.length;
    const bag = makeBag(tokens, stats, resources.lexicon, parts);
    index.passages.push({ ...seg, article, bag });
    index.articles[article]!.passages.push(id);
    for (const t of bag.terms) {
      addPosting(index.postings, t.stem, id);
      if (t.key) addPosting(index.postings, `~${t.key}`, id);
    }
  }
  for (const story of index.stories) story.profile = storyProfile(index, story);
  return index;
}

function addPosting(postings: Map<string, number[]>, key: string, id: number): void {
  const list = postings.get(key);
  if (!list) postings.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

/** Corpus statistics for weighing a new text's terms against this index. */
export function indexStats(index: EngineIndex) {
  return { passages: index.passages.length, df: index.df, lexicon: index.lexicon };
}

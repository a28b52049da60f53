import { IDENTIFIED, type AlignResult, type ClaimMatch, type Language } from '../engine';
import type { StoryPack } from '../pack/schema';

// A note names the language of a passage written in another language than the page (a German report's note
// linking an English passage says "in English"): the page's language as the engine identified it, each linked
// article's as its pack records it. Built in the background, where both are known, and sent with the notes.

/** The page's language ('other': none the engine identifies) and each linked article's, by `passageArticle`. */
export interface PassageLanguages {
  page: Language;
  articles: Record<string, string>;
}

/** A linked article as the notes tell it apart: its story (a page's notes join several) and its id. */
export const passageArticle = (m: Pick<ClaimMatch, 'storyId' | 'articleId'>) => `${m.storyId ?? ''}/${m.articleId}`;

/** The languages of the articles the notes link, for the page identified as `page`. */
export function passageLanguages(result: AlignResult, packs: readonly StoryPack[], page: Language): PassageLanguages {
  const articles: Record<string, string> = {};
  const byStory = new Map(packs.map((p) => [p.story.id, p]));
  for (const m of result.claims.flatMap((c) => c.matches)) {
    const article = byStory.get(m.storyId ?? '')?.articles.find((a) => a.id === m.articleId);
    if (article) articles[passageArticle(m)] = article.language;
  }
  return { page, articles };
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0]!;
/** The languages the engine identifies by name: a page it calls 'other' is in none of them. */
const NAMED = new Set<string>(IDENTIFIED);

/** The passage's language where the note should name it (not the page's), else null: also where the page's
 *  language is unknown and the passage's might be it. */
export function foreignLanguage(langs: PassageLanguages | null | undefined, m: ClaimMatch): string | null {
  const lang = langs?.articles[passageArticle(m)];
  if (!langs || !lang) return null;
  const passage = primary(lang);
  if (langs.page === 'other') return NAMED.has(passage) ? passage : null;
  return passage === langs.page ? null : passage;
}

import { alignText, type Claim, type EngineIndex } from '../engine';
import type { StoryPack } from '../pack/schema';

/**
 * Each article of the story aligned against the rest of it, as buildCoverage takes them. The article is found
 * in the index by its address and text, so it is never linked to itself.
 */
export function alignStory(index: EngineIndex, pack: StoryPack): Map<string, Claim[]> {
  const aligned = new Map<string, Claim[]>();
  for (const article of pack.articles) {
    const { claims } = alignText(index, article.text, {
      storyId: pack.story.id,
      ...(article.url && { url: article.url }),
    });
    aligned.set(article.id, claims);
  }
  return aligned;
}

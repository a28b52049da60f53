import { createContext } from 'preact';
import type { StoryRef } from '@/utils/notes/story-groups';

// The stories a page's notes come from (a story and its copy, two stories sharing an article, a story of the
// reader's own holding the page): each note's detail groups its sources by story and names them.

export interface PageStories {
  /** Best detected first; each note's sources are grouped in this order. */
  stories: StoryRef[];
}

export const PageStoriesContext = createContext<PageStories | null>(null);

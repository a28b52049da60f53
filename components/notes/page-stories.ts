import { createContext } from 'preact';

// Which story a page's notes come from, and the other stories the page belongs to too (a story and its copy,
// two stories sharing an article): each note's detail says so.

export interface PageStories {
  /** The story the notes link within. */
  title: string;
  /** Titles of the other stories the page is detected in. */
  alsoIn: string[];
}

export const PageStoriesContext = createContext<PageStories | null>(null);

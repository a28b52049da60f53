import type { ClaimMatch } from '../engine';

// A page in several stories gets the links of each (align-stories.ts); its note lists them story by story, so
// the reader sees which story links what.

export interface StoryRef {
  id: string;
  title: string;
}

export interface StoryGroup extends StoryRef {
  matches: ClaimMatch[];
}

/** A note's passages by the story they come from, in the order of the page's stories (best first), empty
 *  groups left out; a passage that names no known story belongs to the first. */
export function groupByStory(matches: ClaimMatch[], stories: StoryRef[]): StoryGroup[] {
  const groups: StoryGroup[] = stories.map((s) => ({ ...s, matches: [] }));
  if (!groups.length) groups.push({ id: '', title: '', matches: [] });
  for (const m of matches) (groups.find((g) => g.id === m.storyId) ?? groups[0]!).matches.push(m);
  return groups.filter((g) => g.matches.length);
}

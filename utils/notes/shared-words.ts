import { contentTokens } from '@/utils/engine';

// Splits a matching passage into runs of text, marking the words it shares with the claim, so the note can
// emphasise them. Words are read as the engine reads them when it matches claims (utils/engine/tokenize.ts):
// by stem, so "leaked" in one outlet matches "leak" in another, and never function words ("the", "how"),
// which are no evidence that two passages say the same thing.

export interface Segment {
  text: string;
  shared: boolean;
}

/** Splits `passage` into segments, marking each word whose stem also occurs in `claim`. */
export function sharedWordSegments(passage: string, claim: string): Segment[] {
  const stems = new Set(contentTokens(claim).map((t) => t.stem));
  const segments: Segment[] = [];
  const push = (text: string, shared: boolean) => {
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.shared === shared) last.text += text;
    else segments.push({ text, shared });
  };
  let at = 0;
  for (const t of contentTokens(passage)) {
    // A shorthand such as "100m" is two tokens of one word: the word is marked once.
    if (t.start < at || !stems.has(t.stem)) continue;
    push(passage.slice(at, t.start), false);
    push(passage.slice(t.start, t.end), true);
    at = t.end;
  }
  push(passage.slice(at), false);
  return segments;
}

// The engine's public result types: one shape for the CLI's --json output, the service worker's replies and
// the side notes. Fields may be added; none of these may be renamed or removed without a migration.

/** What kind of difference: a quotation worded differently, another number or date, a title, who it is
 *  attributed to, firmer or softer wording, or the opposite stance ("denied" / "did not deny"). */
export type DifferenceKind = 'quote' | 'number' | 'date' | 'title' | 'attribution' | 'hedging' | 'stance';

/** A difference a careful reader wants flagged between a claim and a matching passage. */
export interface Difference {
  kind: DifferenceKind;
  /** The wording in the article being read. */
  here: string;
  /** The wording in the other article; empty when the other article states it without such wording. */
  there: string;
}

/** A passage of another article in the story that reports a claim. */
export interface ClaimMatch {
  articleId: string;
  outlet: string;
  url: string | null;
  /** UTF-16 offsets into that pack article's `text`; `text` is exactly that slice. */
  start: number;
  end: number;
  text: string;
  score: number;
  /** The calibrated probability that the passage reports the same claim (engine/decision.ts). */
  probability: number;
  /** "same" (the same claim); "copy" where the engine sees a copy of the article. */
  relation: 'same' | 'copy';
  differences: Difference[];
  /** The story whose article this is, where a page's notes join the links of several stories (set by
   *  utils/notes/align-stories.ts, not by alignText). */
  storyId?: string;
}

/** One claim of the input text, with UTF-16 offsets into that text. No matches: no one else reports it. */
export interface Claim {
  start: number;
  end: number;
  text: string;
  /** "sentence" (prose) or "heading" (headings, captions and page chrome, which includes prose addressed to the
   *  reader that nothing in the story relates to: never linked, never "no one else reports"). Added by the engine. */
  kind: 'sentence' | 'heading';
  matches: ClaimMatch[];
}

export interface StoryDetection {
  id: string;
  title: string;
  score: number;
  detected: boolean;
}

/** The alignment of one text against the story packs: the CLI prints one of these per file with --json. */
export interface AlignResult {
  story: StoryDetection | null;
  claims: Claim[];
  /** Other stories the text is detected in too, best first (a page may belong to several); alignText links
   *  the claims within `story` only, alignInStories within all of them. Absent when there are none. */
  alsoIn?: StoryDetection[];
}

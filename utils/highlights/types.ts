// The highlight record as stored, exported and re-imported. Offsets in `position` count Unicode code points of
// the page body's text, as W3C TextPositionSelectors do; JavaScript strings count UTF-16 units (see
// utils/anchoring/code-points.ts).
import type { PositionSelector, QuoteSelector } from '../anchoring';

export type { PositionSelector, QuoteSelector };

/** The current schema version of a stored highlight record; older records are migrated on open. */
export const HIGHLIGHT_VERSION = 1;

/** How a linked passage in another outlet's reporting relates to the highlighted claim. Notes no longer show
 *  "related" passages, but highlights saved with them before, and files made then, still carry them. */
export type LinkRelation = 'same' | 'differs' | 'related';

/** A passage of another article linked to a side note's claim. */
export interface HighlightLink {
  articleId: string;
  outlet: string;
  url: string;
  text: string;
  relation: LinkRelation;
  /** The calibrated probability, when the note gave one, that the passage reports the same claim: under
   *  DECISION.sure the link is "probably" the same claim (utils/notes/confidence.ts). */
  probability?: number;
}

/** What the page says about itself, kept for grouping, citations and export. */
export interface PageMeta {
  title: string;
  outlet?: string;
  author?: string;
  /** ISO 8601 date (or date-time) the page gives as its publication date. */
  published?: string;
  lang?: string;
}

export interface Highlight {
  v: typeof HIGHLIGHT_VERSION;
  id: string;
  /** The address the highlight was saved on. */
  url: string;
  /** One address for one article however it was reached (see canonical-url.ts). */
  canonicalUrl: string;
  quote: QuoteSelector;
  position?: PositionSelector;
  page: PageMeta;
  storyId?: string;
  comment: string;
  tags: string[];
  links: HighlightLink[];
  /** Milliseconds since the epoch. */
  created: number;
  updated: number;
  /** The result of the last attempt to find the highlight on its page. */
  anchor?: { found: boolean; at: number };
}

// Turns what a page sent into a stored record. The address is canonicalised here, in the background, rather
// than trusted from the page.
import { canonicalUrl } from '../url/canonical-url';
import { pageKey } from '../url/page-key';
import {
  HIGHLIGHT_VERSION,
  type Highlight,
  type HighlightLink,
  type PageMeta,
  type PositionSelector,
  type QuoteSelector,
} from './types';

/** What a content script (selection, or a side note's claim) sends to save a highlight. */
export interface HighlightDraft {
  url: string;
  /** The page's `rel=canonical` address, if it has one. */
  canonical?: string;
  quote: QuoteSelector;
  position?: PositionSelector;
  page: PageMeta;
  storyId?: string;
  comment?: string;
  tags?: string[];
  links?: HighlightLink[];
}

/** Tags as people type them: trimmed, without '#', case-folded duplicates removed. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#+/, '').replace(/\s+/g, '-');
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      out.push(tag);
    }
  }
  return out;
}

/** A new highlight record from a draft; `id` and `now` are parameters so tests are deterministic. */
export function newHighlight(draft: HighlightDraft, id: string, now: number): Highlight {
  return {
    v: HIGHLIGHT_VERSION,
    id,
    url: pageKey(draft.url),
    canonicalUrl: canonicalUrl(draft.url, draft.canonical),
    quote: draft.quote,
    ...(draft.position ? { position: draft.position } : {}),
    page: draft.page,
    ...(draft.storyId ? { storyId: draft.storyId } : {}),
    comment: draft.comment ?? '',
    tags: normalizeTags(draft.tags ?? []),
    links: draft.links ?? [],
    created: now,
    updated: now,
  };
}

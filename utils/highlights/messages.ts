// The highlight messages, declared once here and joined into the one message union in utils/messages.ts.
// Content scripts run inside other people's pages, so every field is bounded and validated on receipt.
import * as v from 'valibot';
import { CommentSchema, LinkSchema, PageMetaSchema, PositionSchema, QuoteSchema, TagsSchema } from './schema';
import type { Highlight } from './types';

const url = v.pipe(v.string(), v.maxLength(8192));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

/** Saves a highlight: a selection, or a side note's claim with its linked passages (`links`). */
export const SaveHighlightSchema = v.strictObject({
  type: v.literal('save-highlight'),
  url,
  /** The page's `rel=canonical` address, if any; the background canonicalises either way. */
  canonical: v.optional(url),
  quote: QuoteSchema,
  /** Code-point offsets into document.body's textContent (utils/highlights/selectors.ts `describeText`). */
  position: v.optional(PositionSchema),
  page: PageMetaSchema,
  storyId: v.optional(v.pipe(v.string(), v.maxLength(200))),
  comment: v.optional(CommentSchema),
  tags: v.optional(TagsSchema),
  links: v.optional(v.pipe(v.array(LinkSchema), v.maxLength(50))),
});

/** The always-on content script asks whether this page has highlights (the background then injects the drawer). */
const HighlightsCheckSchema = v.strictObject({ type: v.literal('highlights-check'), url, canonical: v.optional(url) });

/** The highlights drawer asks for this page's highlights. */
const HighlightsForPageSchema = v.strictObject({
  type: v.literal('highlights-for-page'),
  url,
  canonical: v.optional(url),
});

/** The drawer reports which highlights it found, so the library can list those not found. */
const HighlightsAnchoredSchema = v.strictObject({
  type: v.literal('highlights-anchored'),
  results: v.pipe(v.array(v.strictObject({ id, found: v.boolean() })), v.maxLength(10_000)),
  /** Main-thread milliseconds spent anchoring, for the benchmark and the e2e. */
  ms: v.pipe(v.number(), v.minValue(0)),
});

/** The selection button on a page asks to save the current selection. */
const SaveSelectionSchema = v.strictObject({ type: v.literal('save-selection') });

const UpdateHighlightSchema = v.strictObject({
  type: v.literal('update-highlight'),
  id,
  comment: v.optional(CommentSchema),
  tags: v.optional(TagsSchema),
});

const DeleteHighlightsSchema = v.strictObject({
  type: v.literal('delete-highlights'),
  ids: v.pipe(v.array(id), v.minLength(1), v.maxLength(100_000)),
});

/** Background to a tab's highlights drawer: save the selection now, or reload this page's highlights. */
const HighlightsCommandSchema = v.strictObject({
  type: v.literal('highlights-command'),
  action: v.picklist(['save-selection', 'refresh']),
});

/** Every highlight message schema, for the union in utils/messages.ts. */
export const highlightMessageSchemas = [
  SaveHighlightSchema,
  HighlightsCheckSchema,
  HighlightsForPageSchema,
  HighlightsAnchoredSchema,
  SaveSelectionSchema,
  UpdateHighlightSchema,
  DeleteHighlightsSchema,
  HighlightsCommandSchema,
] as const;

export type HighlightMessage = v.InferOutput<(typeof highlightMessageSchemas)[number]>;

/** A failed save: the highlight is kept as pending (`pending: true`) and retried, or kept by the page if not. */
export interface SaveFailure {
  ok: false;
  error: string;
  /** True when the background kept the highlight in its pending queue and will retry the write. */
  pending: boolean;
  highlight: Highlight;
}

/** The reply each highlight message gets. */
export interface HighlightReplies {
  'save-highlight': { ok: true; highlight: Highlight } | SaveFailure;
  'highlights-check': { ok: true; count: number };
  'highlights-for-page': { ok: true; canonicalUrl: string; highlights: Highlight[] };
  'highlights-anchored': { ok: true };
  'save-selection': { ok: true };
  'update-highlight': { ok: true; highlight: Highlight | null };
  'delete-highlights': { ok: true; deleted: Highlight[] };
  'highlights-command': { ok: true };
}

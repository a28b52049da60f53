// The highlight messages, declared once here and joined into the one message union in utils/messages.ts.
// Content scripts run inside other people's pages, so every field is bounded and validated on receipt. None
// carries the page's address: the background takes it from the sender, and a page's `canonical` counts only on
// the page's own site (canonical-url.ts), so a page can read and change only the highlights filed under it.
import * as v from 'valibot';
import { CommentSchema, LinkSchema, PageMetaSchema, PositionSchema, QuoteSchema, TagsSchema } from './schema';
import type { Highlight } from './types';

/** The page's `rel=canonical` address, if any: the key of its highlights when it is on the page's own site. */
const canonical = v.optional(v.pipe(v.string(), v.maxLength(8192)));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

/** Saves a highlight: a selection, or a side note's claim with its linked passages (`links`). */
export const SaveHighlightSchema = v.strictObject({
  type: v.literal('save-highlight'),
  /** The page's id for the new highlight (it becomes the highlight's), the same on every retry of one save. */
  id: v.optional(v.pipe(v.string(), v.uuid())),
  canonical,
  quote: QuoteSchema,
  /** Code-point offsets into document.body's textContent (utils/anchoring/selectors.ts `describeText`). */
  position: v.optional(PositionSchema),
  page: PageMetaSchema,
  storyId: v.optional(v.pipe(v.string(), v.maxLength(200))),
  comment: v.optional(CommentSchema),
  tags: v.optional(TagsSchema),
  links: v.optional(v.pipe(v.array(LinkSchema), v.maxLength(50))),
});

/** The always-on content script asks whether this page has highlights (the background then injects the drawer). */
export const HighlightsCheckSchema = v.strictObject({ type: v.literal('highlights-check'), canonical });

/** The highlights drawer asks for this page's highlights. */
export const HighlightsForPageSchema = v.strictObject({ type: v.literal('highlights-for-page'), canonical });

/** The drawer reports which of this page's highlights it found, so the library can list those not found. */
export const HighlightsAnchoredSchema = v.strictObject({
  type: v.literal('highlights-anchored'),
  canonical,
  results: v.pipe(v.array(v.strictObject({ id, found: v.boolean() })), v.maxLength(10_000)),
  /** Main-thread milliseconds spent anchoring, for the benchmark and the e2e. */
  ms: v.pipe(v.number(), v.minValue(0)),
});

/** The selection button on a page asks to save the current selection. */
export const SaveSelectionSchema = v.strictObject({ type: v.literal('save-selection') });

/** Edits a highlight's comment and tags: a page only its own page's, an extension page any. */
export const UpdateHighlightSchema = v.strictObject({
  type: v.literal('update-highlight'),
  canonical,
  id,
  comment: v.optional(CommentSchema),
  tags: v.optional(TagsSchema),
});

/** Deletes highlights: a page only its own page's, an extension page any. */
export const DeleteHighlightsSchema = v.strictObject({
  type: v.literal('delete-highlights'),
  canonical,
  ids: v.pipe(v.array(id), v.minLength(1), v.maxLength(100_000)),
});

/** Every highlight message schema the background receives, for the union in utils/messages.ts. */
export const highlightMessageSchemas = [
  SaveHighlightSchema,
  HighlightsCheckSchema,
  HighlightsForPageSchema,
  HighlightsAnchoredSchema,
  SaveSelectionSchema,
  UpdateHighlightSchema,
  DeleteHighlightsSchema,
] as const;

export type HighlightMessageType = v.InferOutput<(typeof highlightMessageSchemas)[number]>['type'];

/** Background to a tab's highlights drawer: save the selection now, or reload this page's highlights. */
const HighlightsCommandSchema = v.strictObject({
  type: v.literal('highlights-command'),
  action: v.picklist(['save-selection', 'refresh']),
});

export type HighlightsCommand = v.InferOutput<typeof HighlightsCommandSchema>;

/** The drawer's check of what reached it: a command from the background, or null for anything else. */
export function parseHighlightsCommand(input: unknown): HighlightsCommand | null {
  const result = v.safeParse(HighlightsCommandSchema, input);
  return result.success ? result.output : null;
}

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
}

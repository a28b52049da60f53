// Valibot schemas for highlights crossing a trust boundary: messages from content scripts (which run in other
// people's pages) and imported files. Bounds keep a hostile page from filling the database with one message;
// lone surrogates are repaired (utils/well-formed.ts), so one cannot break the library or an export.
import * as v from 'valibot';
import { boundedString, wellFormedString } from '../well-formed';
import { HIGHLIGHT_VERSION } from './types';

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

export const QuoteSchema = v.object({
  exact: v.pipe(boundedString(20_000), v.minLength(1)),
  prefix: boundedString(200),
  suffix: boundedString(200),
});

export const PositionSchema = v.pipe(
  v.object({ start: offset, end: offset }),
  v.check((p) => p.end >= p.start, 'end must not be before start'),
);

export const PageMetaSchema = v.object({
  title: boundedString(2000),
  outlet: v.optional(boundedString(300)),
  author: v.optional(boundedString(500)),
  published: v.optional(boundedString(100)),
  lang: v.optional(boundedString(35)),
});

export const LinkSchema = v.object({
  articleId: boundedString(300),
  outlet: boundedString(300),
  url: boundedString(8192),
  text: boundedString(20_000),
  relation: v.picklist(['same', 'differs', 'related']),
  probability: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
});

export const TagsSchema = v.pipe(
  v.array(v.pipe(wellFormedString(), v.trim(), v.minLength(1), v.maxLength(100))),
  v.maxLength(50),
);
export const CommentSchema = boundedString(20_000);

/** A stored highlight, as exported and re-imported. */
export const HighlightSchema = v.object({
  v: v.literal(HIGHLIGHT_VERSION),
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  url: boundedString(8192),
  canonicalUrl: boundedString(8192),
  quote: QuoteSchema,
  position: v.optional(PositionSchema),
  page: PageMetaSchema,
  storyId: v.optional(boundedString(200)),
  comment: CommentSchema,
  tags: TagsSchema,
  links: v.pipe(v.array(LinkSchema), v.maxLength(50)),
  created: offset,
  updated: offset,
  anchor: v.optional(v.object({ found: v.boolean(), at: offset })),
});

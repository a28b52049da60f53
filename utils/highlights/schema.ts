// Valibot schemas for highlights crossing a trust boundary: messages from content scripts (which run in other
// people's pages) and imported files. Bounds keep a hostile page from filling the database with one message.
import * as v from 'valibot';
import { HIGHLIGHT_VERSION } from './types';

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

export const QuoteSchema = v.object({
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(20_000)),
  prefix: str(200),
  suffix: str(200),
});

export const PositionSchema = v.pipe(
  v.object({ start: offset, end: offset }),
  v.check((p) => p.end >= p.start, 'end must not be before start'),
);

export const PageMetaSchema = v.object({
  title: str(2000),
  outlet: v.optional(str(300)),
  author: v.optional(str(500)),
  published: v.optional(str(100)),
  lang: v.optional(str(35)),
});

export const LinkSchema = v.object({
  articleId: str(300),
  outlet: str(300),
  url: str(8192),
  text: str(20_000),
  relation: v.picklist(['same', 'differs', 'related']),
});

export const TagsSchema = v.pipe(
  v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100))),
  v.maxLength(50),
);
export const CommentSchema = str(20_000);

/** A stored highlight, as exported and re-imported. */
export const HighlightSchema = v.object({
  v: v.literal(HIGHLIGHT_VERSION),
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  url: str(8192),
  canonicalUrl: str(8192),
  quote: QuoteSchema,
  position: v.optional(PositionSchema),
  page: PageMetaSchema,
  storyId: v.optional(str(200)),
  comment: CommentSchema,
  tags: TagsSchema,
  links: v.pipe(v.array(LinkSchema), v.maxLength(50)),
  created: offset,
  updated: offset,
  anchor: v.optional(v.object({ found: v.boolean(), at: offset })),
});

import * as v from 'valibot';
import { MAX_ARTICLE_CHARS, MAX_PACK_ARTICLES, MAX_PACK_CHARS, tooLong, tooMany } from '../limits';
import { wellFormedString } from '../well-formed';

/** The format name every story pack carries, so a stray JSON file is never mistaken for one. */
export const PACK_FORMAT = 'sidelight-story-pack';
/** The pack version this build reads and writes. Later versions add fields; readers migrate older ones. */
export const PACK_VERSION = 1;

// Every string is made well-formed first (utils/well-formed.ts): a pack comes from a file, from outside.
const nonEmpty = (what: string) => v.pipe(wellFormedString(), v.trim(), v.minLength(1, `${what} must not be empty`));
const articleText = v.pipe(nonEmpty('text'), v.maxLength(MAX_ARTICLE_CHARS, tooLong(MAX_ARTICLE_CHARS)));

const httpUrl = v.pipe(
  wellFormedString(),
  v.check((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http(s) address'),
);

// YYYY, YYYY-MM or YYYY-MM-DD: reporting is often dated only to the month ("late November 2025").
const partialIsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD'),
);

const languageTag = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag'));

const slug = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, 'must be 1–128 letters, digits, dots, dashes or underscores'),
);

export const ArticleSchema = v.strictObject({
  id: slug,
  outlet: nonEmpty('outlet'),
  url: v.nullable(httpUrl),
  title: v.optional(nonEmpty('title')),
  author: v.optional(nonEmpty('author')),
  date: v.optional(partialIsoDate),
  language: languageTag,
  text: articleText,
  /** Free-text provenance: how the text was captured or translated. */
  note: v.optional(wellFormedString()),
});

export const StorySchema = v.strictObject({
  id: slug,
  title: nonEmpty('title'),
  description: v.optional(wellFormedString()),
});

export const StoryPackSchema = v.pipe(
  v.strictObject({
    format: v.literal(PACK_FORMAT, `must be "${PACK_FORMAT}"`),
    version: v.literal(PACK_VERSION, `must be ${PACK_VERSION}`),
    story: StorySchema,
    articles: v.pipe(
      v.array(ArticleSchema),
      v.minLength(1, 'must hold at least one article'),
      v.maxLength(MAX_PACK_ARTICLES, tooMany(MAX_PACK_ARTICLES, 'articles')),
      v.check(
        (articles) => articles.reduce((n, a) => n + a.text.length, 0) <= MAX_PACK_CHARS,
        `${tooLong(MAX_PACK_CHARS)} of text in all`,
      ),
    ),
  }),
  v.forward(
    v.check(
      (pack) => new Set(pack.articles.map((a) => a.id)).size === pack.articles.length,
      'article ids must be unique',
    ),
    ['articles'],
  ),
);

export type StoryPack = v.InferOutput<typeof StoryPackSchema>;
export type PackArticle = v.InferOutput<typeof ArticleSchema>;

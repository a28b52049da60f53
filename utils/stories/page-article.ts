import * as v from 'valibot';
import { MAX_ARTICLE_CHARS, tooLong } from '../limits';
import type { PackArticle } from '../pack/schema';
import { boundedString, wellFormedString } from '../well-formed';
import { identifiedLanguage } from './article-language';
import { slugify, uniqueId } from './ids';

// What a page yields for a story: the extracted article text and what the page says about itself. It comes
// from a script running inside a web page (or a saved page read by the CLI), so the background validates it
// like any message before a story keeps it.

const text = boundedString;
const optionalText = (max: number) => v.optional(v.nullable(text(max)));

export const PageArticleSchema = v.strictObject({
  url: v.nullable(text(8192)),
  title: text(2000),
  /** The article text as the extraction gives it (Readability). */
  text: v.pipe(
    wellFormedString(),
    v.trim(),
    v.minLength(1, 'no article text found on the page'),
    v.maxLength(MAX_ARTICLE_CHARS, tooLong(MAX_ARTICLE_CHARS)),
  ),
  outlet: optionalText(300),
  author: optionalText(500),
  /** An ISO 8601 date or date-time, as the page gives it. */
  published: optionalText(100),
  lang: optionalText(35),
});

export type PageArticle = v.InferOutput<typeof PageArticleSchema>;

const isHttp = (url: string | null | undefined): url is string => !!url && /^https?:\/\//i.test(url);

/** The outlet's name: what the page calls its site, else its host without "www.", else `fallback`. */
function outletOf(page: PageArticle, fallback: string): string {
  const named = page.outlet?.trim();
  if (named) return named;
  if (isHttp(page.url)) return new URL(page.url).hostname.replace(/^www\./, '');
  return fallback;
}

/** YYYY-MM-DD (or a shorter YYYY-MM / YYYY) from an ISO date or date-time; undefined when it is none. */
export function packDate(published: string | null | undefined): string | undefined {
  const m = /^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?/.exec(published?.trim() ?? '');
  return m?.[0];
}

/** A BCP 47 tag the pack accepts ("en-GB" stays, "EN_us" becomes "en-us"), "und" (undetermined) otherwise. */
export function packLanguage(lang: string | null | undefined): string {
  const tag = (lang ?? '').trim().replace(/_/g, '-');
  const [primary = '', ...rest] = tag.split('-');
  const ok = /^[a-zA-Z]{2,3}$/.test(primary) && rest.every((p) => /^[A-Za-z0-9]{2,8}$/.test(p));
  return ok ? [primary.toLowerCase(), ...rest].join('-') : 'und';
}

const clean = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim() || undefined;

/** The language the page declares, else the one its text is surely in (article-language.ts), else "und". */
function languageOf(page: PageArticle): string {
  const declared = packLanguage(page.lang);
  return declared !== 'und' ? declared : (identifiedLanguage(page.text) ?? 'und');
}

/**
 * A pack article from a page: id from outlet and title (unique among `takenIds`), outlet, address (http(s)
 * only: a file or extension page has none), title, author and date where the page gives them, and its language
 * (declared, else identified from the text).
 */
export function toPackArticle(page: PageArticle, takenIds: Iterable<string>, fallbackOutlet = 'unknown outlet') {
  const outlet = outletOf(page, fallbackOutlet);
  const title = clean(page.title);
  const article: PackArticle = {
    id: uniqueId(`${slugify(outlet, 30)}-${title ?? 'article'}`, takenIds, 'article'),
    outlet,
    url: isHttp(page.url) ? page.url : null,
    language: languageOf(page),
    text: page.text.trim(),
  };
  if (title) article.title = title;
  const author = clean(page.author);
  if (author) article.author = author;
  const date = packDate(page.published);
  if (date) article.date = date;
  return article;
}

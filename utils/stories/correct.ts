import * as v from 'valibot';
import { ArticleSchema, type PackArticle, type StoryPack } from '../pack/schema';
import { issueProblem, problemEnglish, type Problem, type ProblemCode } from '../pack/problems';
import { t } from '../browser/i18n';

// Correcting an article's details when the page was read wrong (a site name for the outlet, no author, a date in
// the wrong format). Pure, like edit.ts: the stories page checks a form with it before sending, and the
// background checks the same way again before it writes. A bad field rejects the whole correction, naming it.

/** The details a person may correct, in the order the form shows them. */
export const ARTICLE_DETAILS = ['title', 'outlet', 'author', 'date', 'language'] as const;
export type ArticleDetail = (typeof ARTICLE_DETAILS)[number];

/** The details as a form holds them: text, empty for one the article has not got. */
export type ArticleDetails = Record<ArticleDetail, string>;

/** Longest detail a correction may give: a headline or a list of authors, not an article's text. */
export const MAX_DETAIL_CHARS = 300;

/** Details an article must keep (the others may be emptied, which removes them). */
const REQUIRED: ReadonlySet<ArticleDetail> = new Set(['outlet', 'language']);

type CheckedDetails = { ok: true; details: Partial<Pick<PackArticle, ArticleDetail>> };

/** The bad field's problem as data (utils/pack/problems.ts): the form words it in the reader's language. */
export type DetailsCheck = CheckedDetails | { ok: false; field: ArticleDetail; problem: Problem };

export type CorrectionCheck = CheckedDetails | { ok: false; field: ArticleDetail; error: string };

export type CorrectionResult = { ok: true; pack: StoryPack } | { ok: false; field?: ArticleDetail; error: string };

/** An article's details as the form shows them. */
export function detailsOf(article: PackArticle): ArticleDetails {
  const { title = '', outlet, author = '', date = '', language } = article;
  return { title, outlet, author, date, language };
}

const fail = (field: ArticleDetail, code: ProblemCode, values: number[] = []): DetailsCheck => ({
  ok: false,
  field,
  problem: { code, field, values },
});

/**
 * Checks corrected details by the pack's own rules (utils/pack/schema.ts), spaces collapsed first; the first
 * bad field, in form order, is named. An emptied optional detail is left out, so the article no longer has it.
 */
export function checkDetailsProblem(input: ArticleDetails): DetailsCheck {
  const details: Partial<Record<ArticleDetail, string>> = {};
  for (const field of ARTICLE_DETAILS) {
    const value = input[field].replace(/\s+/g, ' ').trim();
    if (value.length > MAX_DETAIL_CHARS) return fail(field, 'tooLong', [MAX_DETAIL_CHARS]);
    if (!value) {
      if (REQUIRED.has(field)) return fail(field, 'required');
      continue;
    }
    const checked = v.safeParse(ArticleSchema.entries[field], value);
    if (!checked.success) return { ok: false, field, problem: issueProblem(checked.issues[0], field) };
    details[field] = checked.output as string;
  }
  return { ok: true, details };
}

/** checkDetailsProblem, the bad field's problem in `words` (English by default, as the CLI and tests read it). */
export function checkDetails(input: ArticleDetails, words = problemEnglish): CorrectionCheck {
  const checked = checkDetailsProblem(input);
  return checked.ok ? checked : { ok: false, field: checked.field, error: words(checked.problem) };
}

/** The story with article `articleId`'s details replaced by `input`; its text, address and id stay. A bad
 *  field's problem is put in `words` (the background: the reader's language). */
export function correctArticle(
  pack: StoryPack,
  articleId: string,
  input: ArticleDetails,
  words: (problem: Problem) => string = problemEnglish,
): CorrectionResult {
  const index = pack.articles.findIndex((a) => a.id === articleId);
  if (index < 0) return { ok: false, error: t('error_noArticleInStory', [articleId]) };
  const checked = checkDetails(input, words);
  if (!checked.ok) return checked;
  const { title: _t, outlet: _o, author: _a, date: _d, language: _l, ...kept } = pack.articles[index]!;
  const articles = [...pack.articles];
  articles[index] = { ...kept, ...checked.details } as PackArticle;
  return { ok: true, pack: { ...pack, articles } };
}

import { MONTHS, type Problem, type ProblemCode } from '../pack/problems';
import { formatList, formatNumber, t, tn, wordsLocale, type MessageKey } from './i18n';

// A story pack's, a corrected detail's or a highlights file's problem (utils/pack/problems.ts) in the reader's language, the field
// named as in the file ("articles[2].date") in every language. English reads exactly as problemEnglish writes it.

const KEYS: Record<ProblemCode, MessageKey> = {
  empty: 'error_problem_empty',
  required: 'error_problem_required',
  tooLong: 'error_problem_tooLong',
  tooMany: 'error_problem_tooMany',
  textInAll: 'error_problem_textInAll',
  url: 'error_problem_url',
  date: 'error_problem_date',
  language: 'error_problem_language',
  id: 'error_problem_id',
  format: 'error_problem_format',
  version: 'error_problem_version',
  noArticles: 'error_problem_noArticles',
  duplicateIds: 'error_problem_duplicateIds',
  missing: 'error_problem_missing',
  unknown: 'error_problem_unknown',
  type: 'error_problem_type',
  json: 'error_problem_json',
  jsonAt: 'error_problem_jsonAt',
  notJson: 'error_problem_notJson',
  notJsonAt: 'error_problem_notJsonAt',
  secondSelector: 'error_problem_secondSelector',
  duplicateId: 'error_problem_duplicateId',
  total: 'error_problem_total',
  noMonth: 'error_problem_noMonth',
  noDay: 'error_problem_noDay',
  value: 'error_problem_value',
  integer: 'error_problem_integer',
  length: 'error_problem_length',
  timestamp: 'error_problem_timestamp',
  notDate: 'error_problem_notDate',
  endBeforeStart: 'error_problem_endBeforeStart',
  notHighlightIri: 'error_problem_notHighlightIri',
  oneTarget: 'error_problem_oneTarget',
};

/** The problem in the reader's language, naming the field; one without a code keeps its English. */
export function problemWords(p: Problem): string {
  if (p.code === 'other') return `${p.field}: ${p.message}`;
  const values = p.values.map((v) => (typeof v === 'number' ? formatNumber(v) : v));
  if (p.code === 'noDay') values[1] = monthName(String(p.values[1]));
  return t(KEYS[p.code], [p.field, ...values]);
}

/** An English month's name in the reader's language, as a calendar names it on its own ("лютий", "Februar"). */
function monthName(english: string): string {
  const month = MONTHS.indexOf(english);
  if (month < 0) return english;
  return new Intl.DateTimeFormat(wordsLocale(), { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month, 1));
}

/** "1 reply and 2 page notes were not imported: …" in the reader's language, or null when nothing was left out. */
export function skippedWords(skipped: { reply: number; pageNote: number } | null): string | null {
  if (!skipped) return null;
  const parts = [
    skipped.reply && tn('library_skippedReplies', skipped.reply),
    skipped.pageNote && tn('library_skippedPageNotes', skipped.pageNote),
  ].filter((p): p is string => Boolean(p));
  return parts.length ? tn('library_notImported', skipped.reply + skipped.pageNote, [formatList(parts)]) : null;
}

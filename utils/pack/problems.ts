import type * as v from 'valibot';
import { substitute } from '../i18n/messages';
import { englishNumber, MAX_PACK_CHARS, tooLong } from '../limits';
import { jsonErrorPlace } from './json-place';

// What is wrong with a story pack, an article's corrected details or a highlights file, as data: a code, the field (named as
// a person finds it in the file, `articles[2].date`) and the values its words need. Pure: the CLI writes it in
// English (problemEnglish), and the extension's pages in the reader's language (utils/browser/problem-words.ts),
// from the same code, so the checks never need the browser.

/** English, `$1` the field: byte for byte what the checks said before they had codes (the CLI still says it); the
 *  place where a file stops being JSON (`jsonAt`, `notJsonAt`) came later. */
export const PROBLEM_ENGLISH = {
  empty: '$1: $2 must not be empty',
  required: '$1: must not be empty',
  tooLong: '$1: longer than $2 characters',
  tooMany: '$1: more than $2 articles',
  textInAll: '$1: longer than $2 characters of text in all',
  url: '$1: must be an http(s) address',
  date: '$1: must be a date as YYYY, YYYY-MM or YYYY-MM-DD',
  language: '$1: must be a BCP 47 language tag',
  id: '$1: must be 1–128 letters, digits, dots, dashes or underscores',
  format: '$1: must be "$2"',
  version: '$1: must be $2',
  noArticles: '$1: must hold at least one article',
  duplicateIds: '$1: article ids must be unique',
  missing: '$1: Invalid key: Expected $2 but received undefined',
  unknown: '$1: Invalid key: Expected never but received $2',
  type: '$1: Invalid type: Expected $2 but received $3',
  json: '$1: not valid JSON: $2',
  jsonAt: '$1: not valid JSON at line $2, column $3',
  // A highlights file (utils/export/import-*.ts): its field "(file)" is not said where it is not JSON.
  notJson: 'Not JSON: $2',
  notJsonAt: 'Not JSON at line $2, column $3',
  secondSelector: '$1: a second $2; a highlight keeps one, and which of them to keep is not for the import to guess',
  duplicateId: '$1: duplicate id $2',
  total: '$1: says $2, the file holds $3',
  // A date-time not on the calendar, $2 as written: $3 the month's English name, $4 the year (calendarProblem).
  noMonth: '$1: $2: there is no month $3',
  noDay: '$1: $2: $3 $4 has no day $5',
  // A highlights file's other checks (utils/highlights/schema.ts, utils/export/import-*.ts): valibot's own words
  // for a number, a length and a time, with what was expected and found as it writes them ("<=100", "-1").
  value: '$1: Invalid value: Expected $2 but received $3',
  integer: '$1: Invalid integer: Received $2',
  length: '$1: Invalid length: Expected $2 but received $3',
  timestamp: '$1: Invalid timestamp: Received $2',
  notDate: '$1: not a date',
  endBeforeStart: '$1: end must not be before start',
  notHighlightIri: '$1: not a urn:uuid: or urn:x-sidelight:highlight: IRI',
  oneTarget: '$1: one target: a highlight quotes one passage',
} as const;

/** The months' English names, as a date not on the calendar is said (utils/export/import-fields.ts). */
export const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

export type ProblemCode = keyof typeof PROBLEM_ENGLISH;

/** A problem with a known code, or `other` (a check without one: its English `message` is all there is). */
export type Problem =
  { code: ProblemCode; field: string; values: (string | number)[] } | { code: 'other'; field: string; message: string };

/** The problem of `text` that JSON.parse refused with `error`: at the line and column where it stopped, or in
 *  the parser's own words where its message names no place. */
export function jsonProblem(code: 'json' | 'notJson', field: string, text: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const place = jsonErrorPlace(text, message);
  if (!place) return { code, field, values: [message] };
  return { code: code === 'json' ? 'jsonAt' : 'notJsonAt', field, values: [place.line, place.column] };
}

/** A problem's words in English, numbers as en-US writes them ("500,000"). */
export function problemEnglish(p: Problem): string {
  if (p.code === 'other') return `${p.field}: ${p.message}`;
  return substitute(PROBLEM_ENGLISH[p.code], [p.field, ...p.values.map(englishValue)]);
}

const englishValue = (value: string | number) => (typeof value === 'number' ? englishNumber(value) : value);

/** The problem a valibot issue of the pack's schema (utils/pack/schema.ts) names, at `field`. A code is given
 *  only where its English is the issue's message exactly, so the English never changes. */
export function issueProblem(issue: v.BaseIssue<unknown>, field: string): Problem {
  const { message, type, expected, received, requirement } = issue;
  const candidates: { code: ProblemCode; values: (string | number)[] }[] = [];
  const empty = / must not be empty$/.exec(message);
  if (type === 'min_length' && empty) candidates.push({ code: 'empty', values: [message.slice(0, empty.index)] });
  if (type === 'max_length' && typeof requirement === 'number') {
    candidates.push({ code: 'tooLong', values: [requirement] }, { code: 'tooMany', values: [requirement] });
  }
  if (message === `${tooLong(MAX_PACK_CHARS)} of text in all`)
    candidates.push({ code: 'textInAll', values: [MAX_PACK_CHARS] });
  if (type === 'literal' && expected) {
    const literal = expected.replace(/^"(.*)"$/, '$1');
    candidates.push({ code: 'format', values: [literal] }, { code: 'version', values: [literal] });
  }
  if (message.startsWith('Invalid key:')) {
    candidates.push({ code: 'missing', values: [expected ?? ''] }, { code: 'unknown', values: [received] });
  }
  if (message.startsWith('Invalid type:')) candidates.push({ code: 'type', values: [expected ?? '', received] });
  // valibot's own words name what was expected and found, as the issue holds them.
  const kind = /^Invalid (value|length|integer|timestamp):/.exec(message)?.[1];
  if (kind === 'value' || kind === 'length') candidates.push({ code: kind, values: [expected ?? '', received] });
  if (kind === 'integer' || kind === 'timestamp') candidates.push({ code: kind, values: [received] });
  const noMonth = /^(.*): there is no month (\d+)$/.exec(message);
  if (noMonth) candidates.push({ code: 'noMonth', values: [noMonth[1]!, noMonth[2]!] });
  const noDay = /^(.*): (\w+) (\d+) has no day (\d+)$/.exec(message);
  if (noDay) candidates.push({ code: 'noDay', values: [noDay[1]!, noDay[2]!, noDay[3]!, noDay[4]!] });
  for (const code of [
    'url',
    'date',
    'language',
    'id',
    'noArticles',
    'duplicateIds',
    'notDate',
    'endBeforeStart',
    'notHighlightIri',
    'oneTarget',
  ] as const)
    candidates.push({ code, values: [] });
  const said = `${field}: ${message}`;
  const found = candidates.find((c) => problemEnglish({ ...c, field }) === said);
  return found ? { ...found, field } : { code: 'other', field, message };
}

// What every highlights import checks the same way: the file's size before it is parsed, dates that are on the
// calendar, and errors that name the field ("first.items[3].target.source: …", "[2].target[0].selector[1].exact: …").
// A problem is data (utils/pack/problems.ts): the library words it in the reader's language, `error` in English.
import * as v from 'valibot';
import { MAX_IMPORT_CHARS } from '../limits';
import { issueProblem, jsonProblem, MONTHS, problemEnglish, type Problem } from '../pack/problems';

/** Why the date an ISO timestamp starts with is not on the calendar, or null when it is (or it starts with none). */
export function calendarProblem(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null; // No date at all: isoTimestamp says so.
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `${iso}: there is no month ${month}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `${iso}: ${MONTHS[month - 1]} ${year} has no day ${day}`;
  return null;
}

/** An ISO 8601 date-time on the calendar: Date.parse would quietly read 2025-02-30 as 2 March. */
export const Iso = v.pipe(
  v.string(),
  v.check(
    (s) => calendarProblem(s) === null,
    (issue) => calendarProblem(String(issue.input)) ?? 'not a date',
  ),
  v.isoTimestamp(),
);

/** A check's result: what it read, or the first problem, naming the field. */
export type Checked<T> = ({ ok: true } & T) | { ok: false; problem: Problem };

/** The same, its problem in English (`error`), as the tests and older callers read it. */
export type InEnglish<T> = ({ ok: true } & T) | { ok: false; error: string };

export function inEnglish<T>(checked: Checked<T>): InEnglish<T> {
  return checked.ok ? checked : { ok: false, error: problemEnglish(checked.problem) };
}

/** A valibot issue's path as a person finds it in the file ("first.items[3].target.source"), '' at the top. */
export function issueField(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
    .join('')
    .replace(/^\./, '');
}

/** The problem a valibot issue names ("first.items[3].target.source: Invalid type…"), "(file)" at the top. */
export function issueAt(issue: v.BaseIssue<unknown>, field = issueField(issue) || '(file)'): Problem {
  return issueProblem(issue, field);
}

/** The field of an issue of the highlight an item became, "first.items[3] → quote.exact": the item, then the
 *  highlight's own field. */
export const within = (at: string, issue: v.BaseIssue<unknown>): string => `${at} → ${issueField(issue) || '(file)'}`;

/** A highlights file's text as JSON, or why not: too long (checked before parsing), or not JSON. */
export function checkJson(json: string): Checked<{ data: unknown }> {
  if (json.length > MAX_IMPORT_CHARS) {
    return { ok: false, problem: { code: 'tooLong', field: '(file)', values: [MAX_IMPORT_CHARS] } };
  }
  try {
    return { ok: true, data: JSON.parse(json) as unknown };
  } catch (err) {
    return { ok: false, problem: jsonProblem('notJson', '(file)', json, err) };
  }
}

/** checkJson, its problem in English. */
export function readJson(json: string): InEnglish<{ data: unknown }> {
  return inEnglish(checkJson(json));
}

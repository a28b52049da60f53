// What every highlights import checks the same way: the file's size before it is parsed, dates that are on the
// calendar, and errors that name the field ("first.items[3].target.source: …", "[2].target[0].selector[1].exact: …").
import * as v from 'valibot';
import { MAX_IMPORT_CHARS, tooLong } from '../limits';

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

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

/** "first.items[3].target.source: Invalid type…" from a valibot issue. */
export function describe(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? [])
    .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
    .join('')
    .replace(/^\./, '');
  return `${path || '(file)'}: ${issue.message}`;
}

/** A highlights file's text as JSON, or why not: too long (checked before parsing), or not JSON. */
export function readJson(json: string): { ok: true; data: unknown } | { ok: false; error: string } {
  if (json.length > MAX_IMPORT_CHARS) return { ok: false, error: `(file): ${tooLong(MAX_IMPORT_CHARS)}` };
  try {
    return { ok: true, data: JSON.parse(json) as unknown };
  } catch (err) {
    return { ok: false, error: `Not JSON: ${(err as Error).message}` };
  }
}

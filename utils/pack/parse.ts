import * as v from 'valibot';
import { MAX_PACK_CHARS } from '../limits';
import { issueProblem, jsonProblem, problemEnglish, type Problem } from './problems';
import { StoryPackSchema, type StoryPack } from './schema';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; field: string; error: string };

/** The same, the problem as data (utils/pack/problems.ts), for words in the reader's language. */
export type CheckResult<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** Renders a valibot issue path as `articles[1].url`, the way a person finds it in the file. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key as string | number;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : String(key);
  }
  return out || '(root)';
}

/** A check's result with its problem in English, naming the field (the CLI's words). */
function inEnglish<T>(checked: CheckResult<T>): ParseResult<T> {
  return checked.ok ? checked : { ok: false, field: checked.problem.field, error: problemEnglish(checked.problem) };
}

/** Validates an unknown value as a story pack; on failure names the first bad field. Never throws. */
export function checkStoryPack(input: unknown): CheckResult<StoryPack> {
  // Only the first problem is reported, so validation stops there (a huge bad pack costs one article's check).
  const result = v.safeParse(StoryPackSchema, input, { abortEarly: true });
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  return { ok: false, problem: issueProblem(issue, issuePath(issue)) };
}

/** checkStoryPack, its problem in English. */
export function parseStoryPack(input: unknown): ParseResult<StoryPack> {
  return inEnglish(checkStoryPack(input));
}

/** Checks pack JSON text; syntax errors are reported like schema errors, with the field "(json)", and a file over
 *  MAX_PACK_CHARS with "(file)", before it is parsed. */
export function checkStoryPackJson(text: string): CheckResult<StoryPack> {
  if (text.length > MAX_PACK_CHARS) {
    return { ok: false, problem: { code: 'tooLong', field: '(file)', values: [MAX_PACK_CHARS] } };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: jsonProblem('json', '(json)', text, e) };
  }
  return checkStoryPack(data);
}

/** checkStoryPackJson, its problem in English. */
export function parseStoryPackJson(text: string): ParseResult<StoryPack> {
  return inEnglish(checkStoryPackJson(text));
}

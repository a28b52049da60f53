import * as v from 'valibot';
import { MAX_PACK_CHARS, tooLong } from '../limits';
import { StoryPackSchema, type StoryPack } from './schema';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; field: string; error: string };

/** Renders a valibot issue path as `articles[1].url`, the way a person finds it in the file. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key as string | number;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : String(key);
  }
  return out || '(root)';
}

/** Validates an unknown value as a story pack; on failure names the first bad field. Never throws. */
export function parseStoryPack(input: unknown): ParseResult<StoryPack> {
  // Only the first problem is reported, so validation stops there (a huge bad pack costs one article's check).
  const result = v.safeParse(StoryPackSchema, input, { abortEarly: true });
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const field = issuePath(issue);
  return { ok: false, field, error: `${field}: ${issue.message}` };
}

/** Parses pack JSON text; syntax errors are reported like schema errors, with the field "(json)", and a file over
 *  MAX_PACK_CHARS with "(file)", before it is parsed. */
export function parseStoryPackJson(text: string): ParseResult<StoryPack> {
  if (text.length > MAX_PACK_CHARS) {
    return { ok: false, field: '(file)', error: `(file): ${tooLong(MAX_PACK_CHARS)}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, field: '(json)', error: `(json): not valid JSON: ${(e as Error).message}` };
  }
  return parseStoryPack(data);
}

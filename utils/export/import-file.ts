// The library's import: a highlights file is Sidelight's own JSON-LD export (a W3C AnnotationCollection) or an
// export from Hypothesis (a list of its annotations); which one is told by its shape, and each is read and
// checked by its own reader, which names the first bad field.
import type { Highlight } from '../highlights/types';
import { checkWebAnnotations } from './import-annotations';
import { checkJson, inEnglish, type Checked } from './import-fields';
import { checkHypothesis, hypothesisField, notImportedNote, type Skipped } from './import-hypothesis';

export type ImportResult =
  /** `note` says what in the file was not imported, and why, when something was not. */
  { ok: true; highlights: Highlight[]; note: string | null } | { ok: false; error: string };

/** What a highlights file holds: its highlights and what was left out (null: nothing), or its first problem as
 *  data (utils/pack/problems.ts), for the library to say in the reader's language. */
export type ImportCheck = Checked<{ highlights: Highlight[]; skipped: Skipped | null }>;

/** Reads a highlights file of either kind; on any problem returns the first one, naming the field. */
export function checkHighlightsFile(json: string): ImportCheck {
  const read = checkJson(json);
  if (!read.ok) return read;
  const field = hypothesisField(read.data);
  if (field !== null) return checkHypothesis(read.data, field);
  const collection = checkWebAnnotations(read.data);
  return collection.ok ? { ...collection, skipped: null } : collection;
}

/** checkHighlightsFile in English: the problem as `error`, what was left out as `note`. */
export function parseHighlightsFile(json: string): ImportResult {
  const checked = checkHighlightsFile(json);
  return checked.ok
    ? { ok: true, highlights: checked.highlights, note: notImportedNote(checked.skipped) }
    : inEnglish(checked);
}

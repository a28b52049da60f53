// The library's import: a highlights file is Sidelight's own JSON-LD export (a W3C AnnotationCollection) or an
// export from Hypothesis (a list of its annotations); which one is told by its shape, and each is read and
// checked by its own reader, which names the first bad field.
import type { Highlight } from '../highlights/types';
import { readWebAnnotations } from './import-annotations';
import { readJson } from './import-fields';
import { hypothesisField, readHypothesis } from './import-hypothesis';

export type ImportResult =
  /** `note` says what in the file was not imported, and why, when something was not. */
  { ok: true; highlights: Highlight[]; note: string | null } | { ok: false; error: string };

/** Reads a highlights file of either kind; on any problem returns the first one, naming the field. */
export function parseHighlightsFile(json: string): ImportResult {
  const read = readJson(json);
  if (!read.ok) return read;
  const field = hypothesisField(read.data);
  if (field !== null) return readHypothesis(read.data, field);
  const collection = readWebAnnotations(read.data);
  return collection.ok ? { ...collection, note: null } : collection;
}

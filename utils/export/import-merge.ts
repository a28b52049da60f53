// Importing highlights whose ids are already in the library is never silent: a record the library holds exactly
// is left as it is, and one that differs is put to the person, who keeps the newer of each (by when each was last
// changed), replaces the library's with the file's, or keeps both (the file's under a new id). Pure: the library
// page reads the stored records, asks, and writes the result in one transaction.
import type { Highlight } from '../highlights/types';
import { formatNumber, t, tn } from '../browser/i18n';

/** What to do with a highlight whose id the library has, with other content. */
export type ConflictChoice = 'newer' | 'replace' | 'both';

export interface ImportConflict {
  incoming: Highlight;
  existing: Highlight;
}

export interface ImportPlan {
  /** Ids the library does not have: written whatever the choice. */
  fresh: Highlight[];
  /** How many the library holds already, identical: nothing to write, nothing to ask. */
  unchanged: number;
  /** Same id, other content: the person chooses. */
  conflicts: ImportConflict[];
}

/** Two records alike, whatever the order of their keys. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = (o: object) => Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
  const [ka, kb] = [keys(a), keys(b)];
  return (
    ka.length === kb.length &&
    ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** Sorts the file's highlights against those stored (by id): new, already there, or in conflict. */
export function planHighlightImport(
  incoming: readonly Highlight[],
  stored: ReadonlyMap<string, Highlight>,
): ImportPlan {
  const plan: ImportPlan = { fresh: [], unchanged: 0, conflicts: [] };
  for (const h of incoming) {
    const existing = stored.get(h.id);
    if (!existing) plan.fresh.push(h);
    else if (same(h, existing)) plan.unchanged++;
    else plan.conflicts.push({ incoming: h, existing });
  }
  return plan;
}

/** How many conflicts the file's record is the newer of (changed later than the library's). */
export const newerInFile = (conflicts: readonly ImportConflict[]): number =>
  conflicts.filter((c) => c.incoming.updated > c.existing.updated).length;

/**
 * The records to write for `choice`, and how many of the library's were kept as they were. "newer" keeps the
 * library's on a tie; "both" gives each of the file's conflicting records an id from `newId`.
 */
export function resolveImport(
  plan: ImportPlan,
  choice: ConflictChoice,
  newId: () => string,
): { write: Highlight[]; kept: number } {
  const chosen = plan.conflicts.flatMap(({ incoming, existing }) => {
    if (choice === 'replace') return [incoming];
    if (choice === 'both') return [{ ...incoming, id: newId() }];
    return incoming.updated > existing.updated ? [incoming] : [];
  });
  const kept = choice === 'both' ? 0 : plan.conflicts.length - chosen.length; // "both" keeps and adds.
  return { write: [...plan.fresh, ...chosen], kept };
}

/** The library's line after an import: what was written, what was already there, what was kept. */
export function importSummary(plan: ImportPlan, written: number, kept: number): string {
  const parts = [t('library_imported', [formatNumber(written)])];
  if (plan.unchanged) parts.push(tn('library_unchanged', plan.unchanged));
  if (kept) parts.push(tn('library_kept', kept));
  return parts.join(' ');
}

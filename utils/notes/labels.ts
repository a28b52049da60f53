import type { Claim, Difference, DifferenceKind } from '@/utils/engine';
import { t, tn, type MessageKey } from '@/utils/browser/i18n';
import { byCodeUnits } from '@/utils/code-order';

// The words of the notes, in one place: what a row says, what a screen reader hears, how a difference reads.
// In the reader's language (utils/browser/i18n.ts); English where there is no browser, as in the unit tests.

// Outlets in one order on every note (not by score, which varies claim to claim), so a reader scanning the
// rail finds each in the same place: alphabetical, case and accents aside. Not by localeCompare: a page's first
// collation sets up ICU's collator, 12–13 ms in Chromium, more than the rest of drawing the notes' words
// (code-order.ts).
const sortKey = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Two outlets' names in the notes' order. */
export function alphabetical(a: string, b: string): number {
  return byCodeUnits(sortKey(a), sortKey(b)) || byCodeUnits(a, b);
}

const distinctSorted = (outlets: string[]) => [...new Set(outlets)].sort(alphabetical);

/** The distinct outlets reporting a claim, alphabetically. */
export function outletsOf(claim: Claim): string[] {
  return distinctSorted(claim.matches.map((m) => m.outlet));
}

/** A short, truncated excerpt of a claim for labels. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** "1 other source" / "3 other sources" / "No other source". */
export function sourceCount(n: number): string {
  return n === 0 ? t('notes_noOtherSource') : tn('notes_otherSources', n);
}

const KIND_NAMES: Record<DifferenceKind, MessageKey> = {
  quote: 'notes_diff_quote',
  number: 'notes_diff_number',
  date: 'notes_diff_date',
  title: 'notes_diff_title',
  attribution: 'notes_diff_attribution',
  hedging: 'notes_diff_hedging',
  stance: 'notes_diff_stance',
};

/** A difference's heading. */
export function differenceName(d: Difference): string {
  return t(KIND_NAMES[d.kind]);
}

/** The differences between a claim and the passages that report it, counted. */
export function differenceCount(claim: Claim): number {
  return claim.matches.reduce((n, m) => n + m.differences.length, 0);
}

/** What a screen reader hears for a note row. */
export function rowLabel(claim: Claim): string {
  const outlets = outletsOf(claim);
  const diffs = differenceCount(claim);
  const who = outlets.length
    ? `${sourceCount(outlets.length)}: ${outlets.join(', ')}`
    : t('notes_noOtherSourceReports');
  const what = diffs ? tn('notes_differenceCount', diffs) : '';
  return t('notes_rowLabel', [excerpt(claim.text), [who, what].filter(Boolean).join(', ')]);
}

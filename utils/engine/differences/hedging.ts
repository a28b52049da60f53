// Hedging: how firmly a claim is made. "appeared to confirm" / "did not deny", "allegedly coached" /
// "reportedly coached" / "coached". A reader weighs a report differently when one outlet hedges.

import type { Difference } from '../types';
import { perText } from '../per-text';

// Markers of certainty and doubt; each match is shown in its own words.
const HEDGES = [
  /\b(?:appear(?:s|ed)?|seem(?:s|ed)?)\s+to\s+[\p{L}]+/giu,
  /\b(?:did|does|do|would)\s+not\s+(?:deny|confirm|dispute|comment|rule out)\b/giu,
  /\b(?:declined|refused)\s+to\s+(?:comment|confirm|deny)\b/giu,
  /\b(?:allegedly|reportedly|apparently|presumably|purportedly|supposedly|possibly|probably|likely|unlikely|reported(?=\s+to)|alleged|claimed|denied|confirmed|acknowledged|admitted|insisted)\b/giu,
  /\b(?:may|might|could)\s+(?:have\s+)?[\p{L}]+/giu,
];

/** The hedging and certainty markers of a text, in order. */
export const hedges = perText((text: string): string[] => {
  const found: Array<[number, string]> = [];
  for (const re of HEDGES) for (const m of text.matchAll(re)) found.push([m.index, m[0].toLowerCase()]);
  return found.sort((a, b) => a[0] - b[0]).map(([, s]) => s);
});

/** Reports markers one text uses that the other does not (empty `there` means stated without them). */
export function hedgingDifferences(here: string, there: string): Difference[] {
  const a = hedges(here);
  const b = hedges(there);
  const onlyA = a.filter((h) => !b.includes(h));
  const onlyB = b.filter((h) => !a.includes(h));
  if (!onlyA.length && !onlyB.length) return [];
  // Modal verbs alone ("could be") differ everywhere; report them only when no firmer marker differs.
  const firm = (h: string) => !/^(may|might|could)\s/u.test(h);
  if (!onlyA.some(firm) && !onlyB.some(firm)) return [];
  return [{ kind: 'hedging', here: onlyA.filter(firm).join('; '), there: onlyB.filter(firm).join('; ') }];
}

// The differences a careful reader wants flagged between a claim and a passage that reports it: quote
// wording, numbers and dates, titles, hedging, attribution. Each kind has its own small detector.

import { attributionDifferences } from './differences/attribution';
import { hedgingDifferences } from './differences/hedging';
import { numberDifferences } from './differences/numbers';
import { quoteDifferences } from './differences/quotes';
import { titleDifferences } from './differences/titles';
import type { Difference } from './types';

const DETECTORS = [quoteDifferences, numberDifferences, titleDifferences, hedgingDifferences, attributionDifferences];

/** All differences between a claim (`here`) and a matching passage (`there`), without duplicates. */
export function findDifferences(here: string, there: string): Difference[] {
  const seen = new Set<string>();
  const out: Difference[] = [];
  for (const detect of DETECTORS) {
    for (const d of detect(here, there)) {
      const key = `${d.kind}\u0000${d.here}\u0000${d.there}`;
      if (d.here === d.there || seen.has(key)) continue;
      seen.add(key);
      out.push(d);
    }
  }
  return out;
}

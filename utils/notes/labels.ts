import { reportsClaim, type Claim, type ClaimMatch, type Difference, type DifferenceKind } from '@/utils/engine';

// The words of the notes, in one place: what a row says, what a screen reader hears, how a difference reads.

// Outlets in one order on every note (not by score, which varies claim to claim), so a reader scanning the
// rail finds each in the same place.
const distinctSorted = (outlets: string[]) => [...new Set(outlets)].sort((a, b) => a.localeCompare(b));

/** The passages a note shows as reporting its claim (the same claim, or a copy of this article): the one
 *  reading of the engine's links that the notes, their counts and the coverage matrix all share. */
export function reportingMatches(claim: Claim): ClaimMatch[] {
  return claim.matches.filter(reportsClaim);
}

/** The distinct outlets reporting a claim, alphabetically. */
export function outletsOf(claim: Claim): string[] {
  return distinctSorted(reportingMatches(claim).map((m) => m.outlet));
}

/** The distinct outlets with only passages related to a claim, not reporting it. */
export function relatedOutletsOf(claim: Claim): string[] {
  const reporting = new Set(outletsOf(claim));
  return distinctSorted(claim.matches.map((m) => m.outlet)).filter((o) => !reporting.has(o));
}

/** A short, truncated excerpt of a claim for labels. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** "1 other source" / "3 other sources" / "No other source". */
export function sourceCount(n: number): string {
  if (n === 0) return 'No other source';
  return `${n} other source${n === 1 ? '' : 's'}`;
}

const KIND_NAMES: Record<DifferenceKind, string> = {
  quote: 'Quote worded differently',
  number: 'Another number',
  date: 'Another date',
  title: 'Title differs',
  attribution: 'Attribution differs',
  hedging: 'Firmer or softer wording',
  stance: 'Says the opposite',
};

/** A difference's heading. */
export function differenceName(d: Difference): string {
  return KIND_NAMES[d.kind];
}

/** The differences between a claim and the passages that report it, counted. */
export function differenceCount(claim: Claim): number {
  return reportingMatches(claim).reduce((n, m) => n + m.differences.length, 0);
}

/** What a screen reader hears for a note row. */
export function rowLabel(claim: Claim): string {
  const outlets = outletsOf(claim);
  const diffs = differenceCount(claim);
  const related = relatedOutletsOf(claim);
  const who = outlets.length
    ? `${sourceCount(outlets.length)}: ${outlets.join(', ')}`
    : `No other source reports this${related.length ? `; related passages in ${related.join(', ')}` : ''}`;
  const what = diffs ? `, ${diffs} difference${diffs === 1 ? '' : 's'}` : '';
  return `Claim “${excerpt(claim.text)}”. ${who}${what}.`;
}

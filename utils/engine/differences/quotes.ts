// Quote wording: the same quotation rendered differently ("forgeries" / "fake", "100 million" / "100m").

import type { Difference } from '../types';
import { perText } from '../per-text';
import { changedRuns, words } from './words';

// A straight-quoted span closes before a space, punctuation or the end; curly and guillemet quotes pair up.
const QUOTE = /"([^"]{1,400}?)"(?=[\s.,;:!?)\]—–-]|$)|“([^”]{1,400})”|«([^»]{1,400})»/gu;

/** The quotations in a text, trimmed of edge punctuation. */
export const quotations = perText((text: string): string[] => {
  const out: string[] = [];
  for (const m of text.matchAll(QUOTE)) {
    const q = (m[1] ?? m[2] ?? m[3] ?? '').replace(/^[\s,.;:]+|[\s,.;:]+$/gu, '');
    if (/[\p{L}\p{N}]/u.test(q)) out.push(q);
  }
  return out;
});

/** Pairs the two texts' quotations and reports the words that differ. */
export function quoteDifferences(here: string, there: string): Difference[] {
  const a = quotations(here);
  const b = quotations(there);
  if (!a.length || !b.length) return [];
  const out: Difference[] = [];
  const used = new Set<number>();
  const unpaired: string[] = [];
  for (const q of a) {
    const qw = words(q);
    let best = -1;
    let bestShare = 0;
    b.forEach((r, i) => {
      if (used.has(i)) return;
      const rw = new Set(words(r));
      const share = qw.filter((w) => rw.has(w)).length / Math.max(1, Math.min(qw.length, rw.size));
      if (share > bestShare) [best, bestShare] = [i, share];
    });
    if (best < 0 || bestShare < 0.3) {
      unpaired.push(q);
      continue;
    }
    used.add(best);
    out.push(...wordingChanges(qw, words(b[best]!)));
  }
  // Quotations left on both sides, one each, are most likely the same words rendered differently.
  const rest = b.filter((_, i) => !used.has(i));
  if (unpaired.length === 1 && rest.length === 1) out.push({ kind: 'quote', here: unpaired[0]!, there: rest[0]! });
  return out;
}

// Only changes inside the shared stretch count: one outlet quoting more of a sentence is not a difference.
function wordingChanges(a: string[], b: string[]): Difference[] {
  return changedRuns(a, b)
    .filter((r) => !(r.edge && (!r.here.length || !r.there.length)))
    .slice(0, 3)
    .map((r) => ({ kind: 'quote', here: r.here.join(' '), there: r.there.join(' ') }));
}

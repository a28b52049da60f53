// Near-duplicate texts: the page being read may itself be a pack article (a different capture of it), and
// two pack articles may be copies of one wire story. Both show as shared runs of words.

import { contentTokens } from './tokenize';

/** The set of 4-word runs of content stems in a text. */
export function shingles(text: string): Set<string> {
  return stemShingles(contentTokens(text).map((t) => t.stem));
}

/** The set of 4-word runs in a sequence of stems; the engine passes its claims' stems, already made. */
export function stemShingles(stems: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 4 <= stems.length; i++) out.add(stems.slice(i, i + 4).join(' '));
  return out;
}

/** Share of `a`'s shingles that also occur in `b` (0…1). */
export function containment(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 0;
  let hit = 0;
  for (const s of a) if (b.has(s)) hit++;
  return hit / a.size;
}

/** Whether two texts are copies of one text: most of the shorter is found in the longer. */
export function isCopy(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return small.size >= 8 && containment(small, large) >= 0.5;
}

// Which claim comes before or after another, for the rules that read a text's order (neighbour support in
// link.ts, claims told together in order.ts). Headings are skipped: a line of page furniture between two
// sentences ("Advertisement", "Read also: …") has no words to score, and must not part two sentences that a
// retelling keeps together, or the same article would get other notes on a page than in its plain text.

import type { Bag } from './bag';

/** The claim `step` places away (−1 before, +1 after), or −1 when there is none. */
export type Neighbour = (claim: number, step: -1 | 1) => number;

/** The next claim in the text, whatever it is. */
export const adjacent: Neighbour = (claim, step) => claim + step;

/** The nearest claim with words before or after each claim (bags without terms are headings). */
export function sentenceNeighbours(bags: Bag[]): Neighbour {
  const before: number[] = [];
  const after: number[] = [];
  let last = -1;
  bags.forEach((bag, i) => {
    before[i] = last;
    if (bag.total > 0) last = i;
  });
  last = -1;
  for (let i = bags.length - 1; i >= 0; i--) {
    after[i] = last;
    if (bags[i]!.total > 0) last = i;
  }
  return (claim, step) => (step < 0 ? before[claim] : after[claim]) ?? -1;
}

// The rule that splits annotated real texts into development and held out, fixed before any was annotated
// (tests/gold/real-reporting-split.md, real-pages-furniture.md): sort by sha256 of the id, the first half
// (rounded up) is development. The unit test checks it against the tables written down then.

import { createHash } from 'node:crypto';

/** `ids` split by the rule above. */
export function hashSplit(ids: readonly string[]): { development: string[]; heldOut: string[] } {
  const hash = (id: string) => createHash('sha256').update(id).digest('hex');
  const sorted = [...ids].sort((a, b) => hash(a).localeCompare(hash(b)));
  const development = sorted.slice(0, Math.ceil(sorted.length / 2));
  return { development, heldOut: sorted.filter((id) => !development.includes(id)) };
}

// Candidate passages for a claim through the inverted index: only passages sharing a weighty term or a
// name variant are ever scored, so the cost of a claim grows with its terms' posting lists, not the pack.

import type { Bag } from './bag';
import type { EngineIndex } from './build';

/** Most candidates scored in full per claim. */
export const MAX_CANDIDATES = 16;
/** Most of them from one article: a page that is itself in the pack would otherwise fill the list with its
 *  own sentences (never linked) and crowd out the passages of the others. */
export const MAX_PER_ARTICLE = 5;
// Terms this common say little; their long posting lists would make retrieval linear in the pack.
const MAX_POSTING_SHARE = 0.1;
const MIN_POSTING_CAP = 64;

/** Passage ids worth scoring for a bag, best first, limited to allowed articles. */
export function candidates(index: EngineIndex, bag: Bag, allowed: (article: number) => boolean): number[] {
  const cap = Math.max(MIN_POSTING_CAP, index.passages.length * MAX_POSTING_SHARE);
  const acc = new Map<number, number>();
  for (const t of bag.terms) {
    const lists = [index.postings.get(t.stem)];
    if (t.key) lists.push(index.postings.get(`~${t.key}`));
    const seen = new Set<number>();
    for (const list of lists) {
      if (!list || list.length > cap) continue;
      for (const id of list) {
        if (seen.has(id)) continue;
        seen.add(id);
        acc.set(id, (acc.get(id) ?? 0) + t.weight);
      }
    }
  }
  const ranked = [...acc].filter(([id]) => allowed(index.passages[id]!.article)).sort((a, b) => b[1] - a[1]);
  const out: number[] = [];
  const fromArticle = new Map<number, number>();
  for (const [id] of ranked) {
    const article = index.passages[id]!.article;
    const n = fromArticle.get(article) ?? 0;
    if (n >= MAX_PER_ARTICLE) continue;
    fromArticle.set(article, n + 1);
    out.push(id);
    if (out.length === MAX_CANDIDATES) break;
  }
  return out;
}

// Candidate passages for a claim through the inverted index: only passages sharing a weighty term or a
// name variant are ever scored, so the cost of a claim grows with its terms' posting lists, not the pack.

import type { Bag } from './bag';
import type { EngineIndex } from './build';
import { LINK } from './tunables';

/** Passage ids worth scoring for a bag, best first, limited to allowed articles. */
export function candidates(index: EngineIndex, bag: Bag, allowed: (article: number) => boolean): number[] {
  const cap = Math.max(LINK.postingCap, index.passages.length * LINK.postingShare);
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
    if (n >= LINK.candidatesPerArticle) continue;
    fromArticle.set(article, n + 1);
    out.push(id);
    if (out.length === LINK.candidates) break;
  }
  return out;
}

// Links one claim to the passages of other articles that report it: retrieve candidates, score them,
// keep the best per article (and a second or third where one sentence there splits the claim).

import type { Bag } from './bag';
import type { EngineIndex } from './build';
import { findDifferences } from './differences';
import { relationOf } from './relation';
import { similarity, type CosineCache } from './similarity';
import { candidates } from './retrieve';
import type { ClaimMatch } from './types';

const PER_ARTICLE = 3;
const EXTRA_SHARE = 0.8;

export interface LinkContext {
  index: EngineIndex;
  allowed: (article: number) => boolean;
  /** Articles that are copies of the text being read: linked as "copy", not as corroboration. */
  copies: Set<number>;
  cache: CosineCache;
}

/** The matches of one claim (its text and bag) in the allowed articles, best first. */
export function linkClaim(ctx: LinkContext, claimText: string, bag: Bag): ClaimMatch[] {
  const { index } = ctx;
  const byArticle = new Map<number, Array<{ id: number; score: number; relation: 'same' | 'related' }>>();
  for (const id of candidates(index, bag, ctx.allowed)) {
    const p = index.passages[id]!;
    const sim = similarity(bag, p.bag, index.lexicon, ctx.cache);
    const relation = relationOf(sim);
    if (!relation) continue;
    const list = byArticle.get(p.article) ?? [];
    list.push({ id, score: sim.score, relation });
    byArticle.set(p.article, list);
  }
  const out: ClaimMatch[] = [];
  for (const [articleNo, list] of byArticle) {
    list.sort((a, b) => b.score - a.score);
    const best = list[0]!;
    const kept = list
      .filter((m, i) => i === 0 || (m.relation === 'same' && m.score >= best.score * EXTRA_SHARE))
      .slice(0, PER_ARTICLE);
    const article = index.articles[articleNo]!;
    for (const m of kept) {
      const p = index.passages[m.id]!;
      out.push({
        articleId: article.id,
        outlet: article.outlet,
        url: article.url,
        start: p.start,
        end: p.end,
        text: p.text,
        score: round(m.score),
        relation: ctx.copies.has(articleNo) ? 'copy' : m.relation,
        differences: findDifferences(claimText, p.text),
      });
    }
  }
  return out.sort((a, b) => b.score - a.score);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

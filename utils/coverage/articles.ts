import type { Coverage } from './types';

/** Every article of the coverage (sources and their copies) by id, with its outlet and address. */
export function articlesOf(coverage: Coverage): Map<string, { outlet: string; url: string | null }> {
  const out = new Map<string, { outlet: string; url: string | null }>();
  for (const c of coverage.columns)
    for (const a of [c, ...c.copies]) out.set(a.articleId, { outlet: a.outlet, url: a.url });
  return out;
}

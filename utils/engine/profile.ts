// A story's profile: the terms its articles share, weighted by how rare they are in general English and
// how many of the articles use them, and which of them are names. Derived from the pack alone, so the same
// code serves any story.

import type { EngineIndex, IndexedStory } from './build';
import { DETECT } from './tunables';

export interface Profile {
  /** Stem → weight (0…1) of the story's shared terms. */
  terms: Map<string, number>;
  /** The shared terms written as names (capitalised) or numbers somewhere in the story. */
  names: Set<string>;
  /** The words of those names as written (lowercased), numbers left out: "News" is not "New", and a number
   *  says nothing of who. */
  nameForms: Set<string>;
}

/** Builds a story's profile from its indexed articles. */
export function storyProfile(index: EngineIndex, story: IndexedStory): Profile {
  const seenIn = new Map<string, { n: number; w: number }>();
  const named = new Set<string>();
  const forms = new Map<string, Set<string>>();
  for (const a of story.articles) {
    const best = new Map<string, number>();
    for (const p of index.articles[a]!.passages) {
      for (const t of index.passages[p]!.bag.terms) {
        best.set(t.stem, Math.max(best.get(t.stem) ?? 0, t.weight));
        if (t.cap || t.num) named.add(t.stem);
        if (t.cap && !t.num) forms.set(t.stem, (forms.get(t.stem) ?? new Set()).add(t.norm));
      }
    }
    for (const [stem, w] of best) {
      const e = seenIn.get(stem) ?? { n: 0, w: 0 };
      e.n++;
      e.w = Math.max(e.w, w);
      seenIn.set(stem, e);
    }
  }
  const n = story.articles.length;
  const need = n === 1 ? 1 : Math.max(2, Math.ceil(n * 0.3));
  const scored = [...seenIn]
    .filter(([, e]) => e.n >= need)
    .map(([stem, e]) => [stem, e.w * Math.min(1, e.n / Math.max(need, 1)) * (e.n / n) ** 0.5] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, DETECT.profileTerms);
  const names = new Set(scored.map(([stem]) => stem).filter((stem) => named.has(stem)));
  const nameForms = new Set([...names].flatMap((stem) => [...(forms.get(stem) ?? [])]));
  return { terms: new Map(scored), names, nameForms };
}

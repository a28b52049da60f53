import { isCopy, shingles } from '../engine';
import type { StoryPack } from '../pack/schema';

// A column of the coverage matrix is one source: an article with its near-identical copies, so a wire story
// printed twice does not count as corroboration.

/** Appends `value` to the list under `key`. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

class UnionFind {
  private parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    while (this.parent[x] !== x) x = this.parent[x] = this.parent[this.parent[x]!]!;
    return x;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Groups the story's articles (by index) into sources: each article with its near-identical copies, the
 *  earliest first (the source's lead). */
export function groupSources(pack: StoryPack): number[][] {
  const sets = pack.articles.map((a) => shingles(a.text));
  const groups = new UnionFind();
  pack.articles.forEach(() => groups.add());
  // Only pairs that share a run of words can be copies: find them through the runs, not all 20,000 pairs.
  const holders = new Map<string, number[]>();
  sets.forEach((set, a) => {
    for (const sh of set) pushTo(holders, sh, a);
  });
  sets.forEach((set, a) => {
    const shared = new Map<number, number>();
    for (const sh of set) for (const b of holders.get(sh)!) if (b > a) shared.set(b, (shared.get(b) ?? 0) + 1);
    for (const [b, n] of shared) {
      const smaller = Math.min(set.size, sets[b]!.size);
      if (n >= smaller / 2 && isCopy(set, sets[b]!)) groups.union(a, b);
    }
  });
  const byRoot = new Map<number, number[]>();
  pack.articles.forEach((_, i) => pushTo(byRoot, groups.find(i), i));
  // The original of a wire story is its earliest dated copy (ISO dates sort as text); undated ones keep pack order.
  const date = (i: number) => pack.articles[i]!.date ?? '\uffff';
  return [...byRoot.values()].map((g) => [...g].sort((x, y) => date(x).localeCompare(date(y)) || x - y));
}

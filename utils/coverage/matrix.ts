import { isCopy, shingles, type Claim } from '../engine';
import type { StoryPack } from '../pack/schema';
import { findCredits } from './credits';
import type { CellState, Coverage, CoverageCell, CoverageColumn, CoverageRow, SourceStats } from './types';

// From the engine's alignment of every article of a story against the others to the coverage matrix. A row is
// one claim as the whole story reports it: claims linked as the same (or a copy) are joined across articles,
// so a fact four outlets report is one row with four cells, not four rows; but never two claims of one article
// that stand apart (canJoin). A column is one source: an article with its near-identical copies, so a wire
// story printed twice does not count as corroboration.

/**
 * A source whose claims are found in another's at least this often appears to retell it. Reports of one story
 * share much by nature (on the embedded story any two sources share 60-80 % of their claims), so only a
 * source that adds next to nothing of its own counts.
 */
const FOLLOW_SHARE = 0.85;
/** …provided it has at least this many claims (a two-sentence brief follows everything). */
const FOLLOW_MIN_CLAIMS = 4;

/** Appends `value` to the list under `key`. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
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
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb); // The earlier claim names the row.
  }
}

/** Groups the story's articles into sources: each article with its near-identical copies, earliest first. */
function sources(pack: StoryPack): number[][] {
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

/** The claim of `claims` (in text order) a passage [start, end) overlaps most, or -1. */
function claimAt(claims: Claim[], start: number, end: number): number {
  // The first claim ending after `start`, by binary search; then the few claims the passage spans.
  let lo = 0;
  let hi = claims.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (claims[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  let bestOverlap = 0;
  for (let i = lo; i < claims.length && claims[i]!.start < end; i++) {
    const overlap = Math.min(end, claims[i]!.end) - Math.max(start, claims[i]!.start);
    if (overlap > bestOverlap) [best, bestOverlap] = [i, overlap];
  }
  return best;
}

/** A row's claims in one article: a run of consecutive nodes, [first, last]. */
type Run = [number, number];

/**
 * Whether two rows may join: an article tells one claim in one sentence or in consecutive ones, so a row never
 * holds two claims of one article that stand apart. A link that would join them chains two claims through a
 * passage that carries both ("While Russian intelligence has a history of leaking, it has little motive") or
 * through a weak link, and would swallow one row into another.
 */
function canJoin(a: Map<number, Run>, b: Map<number, Run>): boolean {
  for (const [article, [first, last]] of a) {
    const other = b.get(article);
    if (other && (other[0] > last + 1 || first > other[1] + 1)) return false;
  }
  return true;
}

function joinRuns(a: Map<number, Run>, b: Map<number, Run>): Map<number, Run> {
  const joined = new Map(a);
  for (const [article, [first, last]] of b) {
    const mine = joined.get(article);
    joined.set(article, mine ? [Math.min(mine[0], first), Math.max(mine[1], last)] : [first, last]);
  }
  return joined;
}

/**
 * Builds the coverage of `pack` from `aligned`: for each article id, that article's own claims as the engine
 * aligned them against the rest of the story (the article itself excluded).
 */
export function buildCoverage(pack: StoryPack, aligned: Map<string, Claim[]>): Coverage {
  const articleIndex = new Map(pack.articles.map((a, i) => [a.id, i]));
  const groups = sources(pack);
  const columnOf = new Map<number, number>();
  groups.forEach((g, c) => g.forEach((a) => columnOf.set(a, c)));

  // Every prose claim of every article is a node; links of the same claim (or a copy) join nodes into rows.
  const rows = new UnionFind();
  const nodes: { article: number; claim: Claim }[] = [];
  const nodeOf = new Map<string, number>();
  pack.articles.forEach((article, a) => {
    (aligned.get(article.id) ?? []).forEach((claim, i) => {
      if (claim.kind === 'heading') return;
      nodeOf.set(`${a}:${i}`, rows.add());
      nodes.push({ article: a, claim });
    });
  });
  const links: Array<{ from: number; to: number; score: number }> = [];
  nodes.forEach(({ claim }, n) => {
    for (const m of claim.matches) {
      if (m.relation !== 'same' && m.relation !== 'copy') continue;
      const other = articleIndex.get(m.articleId);
      if (other === undefined) continue;
      const i = claimAt(aligned.get(m.articleId) ?? [], m.start, m.end);
      const target = nodeOf.get(`${other}:${i}`);
      if (target !== undefined) links.push({ from: n, to: target, score: m.score });
    }
  });
  // Strongest first: where two links would chain two claims of one article, the stronger one wins.
  links.sort((a, b) => b.score - a.score);
  // Each row's claims in each article, as a run [first, last] of node ids (an article's nodes are consecutive).
  const runs = nodes.map(({ article }, n) => new Map([[article, [n, n] as Run]]));
  for (const { from, to } of links) {
    const [a, b] = [rows.find(from), rows.find(to)];
    if (a === b || !canJoin(runs[a]!, runs[b]!)) continue;
    rows.union(a, b);
    runs[rows.find(a)] = joinRuns(runs[a]!, runs[b]!);
  }

  const members = new Map<number, number[]>();
  nodes.forEach((_, n) => pushTo(members, rows.find(n), n));

  const coverageRows: CoverageRow[] = [...members.entries()]
    .sort(([a], [b]) => a - b)
    .map(([root, ns]) => {
      // Each source's claims in this row (a source may word one claim in two sentences).
      const byColumn = new Map<number, number[]>();
      for (const n of ns) pushTo(byColumn, columnOf.get(nodes[n]!.article)!, n);
      const cells: Record<number, CoverageCell> = {};
      for (const [c, mine] of byColumn) {
        const { article, claim } = nodes[mine[0]!]!;
        const passage = { articleId: pack.articles[article]!.id, start: claim.start, end: claim.end, text: claim.text };
        if (byColumn.size === 1) {
          cells[c] = { state: 'alone', kinds: [], passage };
          continue;
        }
        // Differences with the other sources' wording of this claim (copies of this source do not count).
        const kinds = new Set<string>();
        for (const n of mine)
          for (const m of nodes[n]!.claim.matches) {
            const other = articleIndex.get(m.articleId);
            if (other === undefined || columnOf.get(other) === c || !byColumn.has(columnOf.get(other)!)) continue;
            m.differences.forEach((d) => kinds.add(d.kind));
          }
        const state: CellState = kinds.size ? 'differs' : 'agrees';
        cells[c] = { state, kinds: [...kinds].sort(), passage };
      }
      return { text: nodes[root]!.claim.text, sources: byColumn.size, cells };
    });

  const columns: CoverageColumn[] = groups.map((g) => {
    const [lead, ...copies] = g.map((i) => pack.articles[i]!);
    const { id: articleId, outlet, url, title, date } = lead!;
    return {
      articleId,
      outlet,
      url,
      ...(title && { title }),
      ...(date && { date }),
      copies: copies.map((a) => ({ articleId: a.id, outlet: a.outlet, url: a.url })),
    };
  });

  // How many claims each pair of sources shares, counted row by row (not column by column: 200 sources).
  const shared = groups.map(() => new Map<number, number>());
  for (const row of coverageRows) {
    const present = Object.keys(row.cells).map(Number);
    for (const c of present) for (const o of present) if (o !== c) shared[c]!.set(o, (shared[c]!.get(o) ?? 0) + 1);
  }
  const claimsOf = groups.map((): CoverageRow[] => []);
  for (const row of coverageRows) for (const c of Object.keys(row.cells)) claimsOf[Number(c)]!.push(row);

  const outlets = pack.articles.map((a) => ({ articleId: a.id, outlet: a.outlet }));
  const stats = columns.map((_, c): SourceStats => {
    const mine = claimsOf[c]!;
    const follows = [...shared[c]!]
      .map(([o, n]) => ({ articleId: columns[o]!.articleId, outlet: columns[o]!.outlet, share: n / mine.length }))
      .filter(({ share }) => mine.length >= FOLLOW_MIN_CLAIMS && share >= FOLLOW_SHARE)
      .sort((a, b) => b.share - a.share);
    const own = new Set(groups[c]!.map((i) => pack.articles[i]!.id));
    const credits = groups[c]!.flatMap((i) => findCredits(pack.articles[i]!.text, outlets)).filter(
      (cr, i, all) => !(cr.articleId && own.has(cr.articleId)) && all.findIndex((x) => x.name === cr.name) === i,
    );
    return {
      claims: mine.length,
      corroborated: mine.filter((r) => r.sources > 1).length,
      alone: mine.filter((r) => r.sources === 1).length,
      follows,
      credits,
    };
  });

  return { storyId: pack.story.id, title: pack.story.title, columns, rows: coverageRows, stats };
}

import type { Claim } from '../engine';
import type { StoryPack } from '../pack/schema';
import { isProbable } from '../notes/confidence';
import { findCredits } from './credits';
import { byColumn, groupNotes, storyNotes, type NoteNode } from './rows';
import { groupSources } from './sources';
import type { CellState, Coverage, CoverageCell, CoverageColumn, CoverageRow, SourceStats } from './types';

// From the engine's alignment of every article of a story against the others (the notes each article shows) to
// the coverage matrix: a row is a note, or notes that agree (rows.ts); a column is a source (sources.ts).

/**
 * A source whose claims are found in another's at least this often appears to retell it. Reports of one story
 * share much by nature (on the embedded story any two sources share 60-80 % of their claims), so only a
 * source that adds next to nothing of its own counts.
 */
const FOLLOW_SHARE = 0.85;
/** …provided it has at least this many claims (a two-sentence brief follows everything). */
const FOLLOW_MIN_CLAIMS = 4;

type Passage = NonNullable<CoverageCell['passage']>;

/** A row's cells: its notes' own claims where a source has one, else the passage the notes link there. */
function cellsOf(pack: StoryPack, row: NoteNode[], columnOf: number[]): Record<number, CoverageCell> {
  const mine = byColumn(row, columnOf);
  const columns = row[0]!.columns;
  // Differences between two sources' wordings mark both cells; a copy's link to its own source marks none.
  const kinds = new Map([...columns].map((c) => [c, new Set<string>()]));
  const linked = new Map<number, { passage: Passage; score: number }>();
  // The sources a link the decision is sure of reaches; the row's first note's own source is its claim's.
  const surely = new Set([columnOf[row[0]!.article]!]);
  for (const n of row)
    for (const { match, article } of n.links) {
      const [from, to] = [columnOf[n.article]!, columnOf[article]!];
      if (from === to) continue;
      if (!isProbable(match)) surely.add(to);
      for (const d of match.differences) {
        kinds.get(from)?.add(d.kind);
        kinds.get(to)?.add(d.kind);
      }
      const best = linked.get(to);
      if (!best || match.score > best.score) {
        const { start, end, text } = match;
        linked.set(to, { passage: { articleId: pack.articles[article]!.id, start, end, text }, score: match.score });
      }
    }
  const cells: Record<number, CoverageCell> = {};
  for (const c of columns) {
    const own = mine.get(c)?.[0];
    const passage = own
      ? { articleId: pack.articles[own.article]!.id, start: own.claim.start, end: own.claim.end, text: own.claim.text }
      : linked.get(c)?.passage;
    const found = [...kinds.get(c)!].sort();
    const state: CellState = columns.size === 1 ? 'alone' : found.length ? 'differs' : 'agrees';
    cells[c] = {
      state,
      kinds: state === 'alone' ? [] : found,
      ...(passage && { passage }),
      ...(!surely.has(c) && { probable: true as const }),
    };
  }
  return cells;
}

/**
 * Builds the coverage of `pack` from `aligned`: for each article id, that article's own claims as the engine
 * aligned them against the rest of the story (the article itself excluded) — the claims its notes show.
 */
export function buildCoverage(pack: StoryPack, aligned: Map<string, Claim[]>): Coverage {
  const groups = groupSources(pack);
  const columnOf: number[] = [];
  groups.forEach((g, c) => g.forEach((a) => (columnOf[a] = c)));
  const leads = new Set(groups.map((g) => g[0]!));

  const grouped = groupNotes(storyNotes(pack, aligned, columnOf), columnOf, leads);
  const rows: CoverageRow[] = grouped.map((row) => ({
    text: row[0]!.claim.text,
    sources: row[0]!.columns.size,
    notes: row.map(({ article, claim }) => ({
      articleId: pack.articles[article]!.id,
      start: claim.start,
      end: claim.end,
    })),
    cells: cellsOf(pack, row, columnOf),
  }));

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

  // A source's claims are the rows holding its own notes (not only a passage another's note links there).
  const claimsOf = groups.map((): CoverageRow[] => []);
  grouped.forEach((row, r) => {
    for (const c of byColumn(row, columnOf).keys()) claimsOf[c]!.push(rows[r]!);
  });
  const outlets = pack.articles.map((a) => ({ articleId: a.id, outlet: a.outlet }));
  const stats = columns.map((_, c): SourceStats => {
    const mine = claimsOf[c]!;
    const shared = new Map<number, number>();
    for (const row of mine)
      for (const o of Object.keys(row.cells).map(Number)) if (o !== c) shared.set(o, (shared.get(o) ?? 0) + 1);
    const follows = [...shared]
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

  return { storyId: pack.story.id, title: pack.story.title, columns, rows, stats };
}

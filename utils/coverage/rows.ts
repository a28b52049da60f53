import type { Claim, ClaimMatch } from '../engine';
import type { StoryPack } from '../pack/schema';
import { pushTo } from './sources';

// From the notes to the matrix's rows. A row is one note (a claim of one article, with the passages its note
// shows as reporting it), so the row lists exactly the sources that note lists: the matrix and the notes read
// the same links, never two readings of them. Notes that agree are one row: a fact three outlets report, each
// article's note linking the other two, is one row with three cells, not three rows. Two notes agree only
// when each links the other's claim and both name the same sources; a link one way only, or a passage that
// carries two claims, joins nothing (joining through it made rows whose notes said otherwise).

/** A prose claim of one article of the story, with the passages its note shows as reporting it. */
export interface NoteNode {
  /** The article's index in the pack. */
  article: number;
  claim: Claim;
  links: { match: ClaimMatch; article: number }[];
  /** The sources (columns) the note names, its own included. */
  columns: Set<number>;
}

export interface StoryNotes {
  nodes: NoteNode[];
  /** Each article's nodes, in text order. */
  byArticle: NoteNode[][];
}

/** The story's notes as the engine aligned each article against the rest (`aligned`, by article id). */
export function storyNotes(pack: StoryPack, aligned: Map<string, Claim[]>, columnOf: number[]): StoryNotes {
  const articleIndex = new Map(pack.articles.map((a, i) => [a.id, i]));
  const byArticle = pack.articles.map((article, a) =>
    (aligned.get(article.id) ?? [])
      .filter((claim) => claim.kind !== 'heading')
      .map((claim): NoteNode => {
        const links = claim.matches.flatMap((match) => {
          const other = articleIndex.get(match.articleId);
          return other === undefined ? [] : [{ match, article: other }];
        });
        return {
          article: a,
          claim,
          links,
          columns: new Set([columnOf[a]!, ...links.map((l) => columnOf[l.article]!)]),
        };
      }),
  );
  return { nodes: byArticle.flat(), byArticle };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Whether `from`'s note links a passage of `to`'s article that overlaps `to`'s claim. */
const links = (from: NoteNode, to: NoteNode) =>
  from.links.some((l) => l.article === to.article && overlaps(l.match, to.claim));

const sameSet = (a: Set<number>, b: Set<number>) => a.size === b.size && [...a].every((x) => b.has(x));

/** The nodes of `article` whose claims a passage [start, end) overlaps. */
function nodesAt(notes: StoryNotes, article: number, span: { start: number; end: number }): NoteNode[] {
  return notes.byArticle[article]!.filter((n) => overlaps(n.claim, span));
}

/**
 * The rows: groups of notes that agree, in the order of their first note. A copy's claim that its note links
 * to the source's lead (the same source's own wording) is shown in the lead's row, not as a row of its own.
 */
export function groupNotes(notes: StoryNotes, columnOf: number[], leads: Set<number>): NoteNode[][] {
  const rowOf = new Map<NoteNode, NoteNode[]>();
  const rows: NoteNode[][] = [];
  const copyOf = (n: NoteNode) =>
    leads.has(n.article)
      ? undefined
      : n.links
          .filter((l) => leads.has(l.article) && columnOf[l.article] === columnOf[n.article])
          .flatMap((l) => nodesAt(notes, l.article, l.match))[0];
  const copies = new Map<NoteNode, NoteNode>();
  for (const n of notes.nodes) {
    const lead = copyOf(n);
    if (lead) {
      copies.set(n, lead);
      continue;
    }
    if (rowOf.has(n)) continue;
    const row = [n];
    rows.push(row);
    rowOf.set(n, row);
    for (const l of n.links) {
      if (columnOf[l.article] === columnOf[n.article]) continue;
      for (const m of nodesAt(notes, l.article, l.match)) {
        if (rowOf.has(m) || copyOf(m) || !sameSet(m.columns, n.columns)) continue;
        // Every note of the row and this one link each other (notes of one article do not link themselves).
        if (!row.every((x) => x.article === m.article || (links(x, m) && links(m, x)))) continue;
        row.push(m);
        rowOf.set(m, row);
      }
    }
  }
  for (const [copy, lead] of copies) {
    const row = rowOf.get(lead);
    if (row) row.push(copy);
    else rows.push([copy]);
  }
  const order = new Map(notes.nodes.map((n, i) => [n, i]));
  return rows.sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!);
}

/** Each row's notes by source (column). */
export function byColumn(row: NoteNode[], columnOf: number[]): Map<number, NoteNode[]> {
  const out = new Map<number, NoteNode[]>();
  for (const n of row) pushTo(out, columnOf[n.article]!, n);
  return out;
}

import type { CellState, Coverage, CoverageCell, CoverageRow } from './types';

// The coverage as it crosses from the service worker to the coverage page. A story's matrix quotes each passage
// in every row that shows it: 5.7 MB of JSON for a story of 200 articles, and receiving it was most of the time
// the page took to open again. On the way, a claim's and a passage's words are left out where they are their
// article's text at their offsets, each article's text goes once, places in the text go as short lists, and the
// whole goes as one string of JSON, which the page parses in one go.

/** A place in an article: its index in `articles`, and offsets into its text. */
type Place = [article: number, start: number, end: number];

/** A cell: its column, state and kinds, where the source says it (with its words when they are not the article's
 *  own at those offsets), and 1 when the notes link it only as probably the same claim. */
type WireCell = [column: number, state: CellState, kinds: string[], passage?: [...Place, text?: string], probable?: 1];

interface WireRow {
  /** Absent when it is the text of the row's first note. */
  text?: string;
  sources: number;
  notes: Place[];
  cells: WireCell[];
}

interface CoverageWire extends Omit<Coverage, 'rows'> {
  rows: WireRow[];
  /** The articles places point to, and their texts (null where the worker had none). */
  articles: string[];
  texts: (string | null)[];
}

/** The message's form of a coverage: JSON of the CoverageWire. */
export type WireText = string & { readonly wire: unique symbol };

/** `coverage` for the message, given the story's article texts by id. */
export function toWire(coverage: Coverage, textOf: (articleId: string) => string | undefined): WireText {
  const articles: string[] = [];
  const numbers = new Map<string, number>();
  const number = (id: string) => {
    let n = numbers.get(id);
    if (n === undefined) numbers.set(id, (n = articles.push(id) - 1));
    return n;
  };
  const place = (at: { articleId: string; start: number; end: number }): Place => [
    number(at.articleId),
    at.start,
    at.end,
  ];
  /** True when `text` is the article's own at those offsets. */
  const own = (at: { articleId: string; start: number; end: number }, text: string) =>
    textOf(at.articleId)?.slice(at.start, at.end) === text;
  const rows = coverage.rows.map((row): WireRow => {
    const cells = Object.entries(row.cells).map(([c, { state, kinds, passage: p, probable }]): WireCell => {
      if (!p) return [Number(c), state, kinds];
      const passage: WireCell[3] = own(p, p.text) ? place(p) : [...place(p), p.text];
      return probable ? [Number(c), state, kinds, passage, 1] : [Number(c), state, kinds, passage];
    });
    const first = row.notes[0];
    const { sources } = row;
    const notes = row.notes.map(place);
    return first && own(first, row.text) ? { sources, notes, cells } : { text: row.text, sources, notes, cells };
  });
  const texts = articles.map((id) => textOf(id) ?? null);
  return JSON.stringify({ ...coverage, rows, articles, texts } satisfies CoverageWire) as WireText;
}

/** The coverage a message carries, whole again. */
export function readWire(message: WireText): Coverage {
  const { rows, articles, texts, ...rest } = JSON.parse(message) as CoverageWire;
  const at = ([a, start, end]: Place) => ({ articleId: articles[a]!, start, end });
  const words = ([a, start, end]: Place) => texts[a]!.slice(start, end);
  return {
    ...rest,
    rows: rows.map((row): CoverageRow => {
      const cells: Record<number, CoverageCell> = {};
      for (const [column, state, kinds, passage, probable] of row.cells) {
        if (!passage) {
          cells[column] = { state, kinds };
          continue;
        }
        const [article, start, end, text] = passage;
        const place: Place = [article, start, end];
        cells[column] = {
          state,
          kinds,
          passage: { ...at(place), text: text ?? words(place) },
          ...(probable && { probable: true as const }),
        };
      }
      const notes = row.notes.map(at);
      return { text: row.text ?? words(row.notes[0]!), sources: row.sources, notes, cells };
    }),
  };
}

import type { Coverage, CoverageCell, CoverageRow } from './types';

// The coverage as it crosses from the service worker to the coverage page. A story's matrix quotes each passage
// in every row that shows it: 5.7 MB of JSON for a story of 200 articles, and receiving it was most of the time
// the page took to open again. On the way, a claim's and a passage's words are left out where they are their
// article's text at their offsets, each article's text goes once (3.5 MB in all), and the whole goes as one
// string of JSON, which the page parses in one go.

type Passage = NonNullable<CoverageCell['passage']>;

/** A passage whose `text` is absent when it is its article's text from `start` to `end`. */
type WirePassage = Omit<Passage, 'text'> & { text?: string };

interface WireRow extends Omit<CoverageRow, 'text' | 'cells'> {
  /** Absent when it is the text of the row's first note. */
  text?: string;
  cells: Record<number, Omit<CoverageCell, 'passage'> & { passage?: WirePassage }>;
}

interface CoverageWire extends Omit<Coverage, 'rows'> {
  rows: WireRow[];
  /** The texts the left-out words are read from, by article id. */
  texts: Record<string, string>;
}

/** The message's form of a coverage: JSON of the CoverageWire. */
export type WireText = string & { readonly wire: unique symbol };

/** `coverage` for the message, given the story's article texts by id. */
export function toWire(coverage: Coverage, textOf: (articleId: string) => string | undefined): WireText {
  return JSON.stringify(compact(coverage, textOf)) as WireText;
}

/** The coverage a message carries, whole again. */
export function readWire(wire: WireText): Coverage {
  return whole(JSON.parse(wire) as CoverageWire);
}

function compact(coverage: Coverage, textOf: (articleId: string) => string | undefined): CoverageWire {
  const texts: Record<string, string> = {};
  /** True when `text` is the article's own at those offsets (and the article's text then goes along). */
  const derivable = (at: { articleId: string; start: number; end: number }, text: string) => {
    const whole = textOf(at.articleId);
    if (whole === undefined || whole.slice(at.start, at.end) !== text) return false;
    texts[at.articleId] = whole;
    return true;
  };
  const rows = coverage.rows.map((row): WireRow => {
    const cells: WireRow['cells'] = {};
    for (const [c, cell] of Object.entries(row.cells)) {
      const { passage, ...rest } = cell;
      if (!passage) cells[Number(c)] = rest;
      else {
        const { text, ...at } = passage;
        cells[Number(c)] = { ...rest, passage: derivable(at, text) ? at : passage };
      }
    }
    const { text, ...rest } = row;
    const first = row.notes[0];
    return first && derivable(first, text) ? { ...rest, cells } : { ...rest, text, cells };
  });
  return { ...coverage, rows, texts };
}

function whole(wire: CoverageWire): Coverage {
  const { texts, rows, ...rest } = wire;
  const slice = (at: { articleId: string; start: number; end: number }) => texts[at.articleId]!.slice(at.start, at.end);
  return {
    ...rest,
    rows: rows.map((row) => {
      const cells: CoverageRow['cells'] = {};
      for (const [c, cell] of Object.entries(row.cells)) {
        const { passage, ...state } = cell;
        cells[Number(c)] = passage
          ? { ...state, passage: { ...passage, text: passage.text ?? slice(passage) } }
          : state;
      }
      return { ...row, text: row.text ?? slice(row.notes[0]!), cells };
    }),
  };
}

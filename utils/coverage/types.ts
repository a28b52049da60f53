// The coverage of a story as a picture: claims down the side, sources across the top. Built in the service
// worker from the engine's alignments (utils/coverage/matrix.ts), sent to the coverage page as plain data.

/** What one source says about one claim. */
export type CellState =
  /** Reports it, and no other source words it differently. */
  | 'agrees'
  /** Reports it, with differences (quote wording, numbers, dates, titles, hedging) from another source. */
  | 'differs'
  /** Reports it, and no other source does. */
  | 'alone'
  /** Does not report it. */
  | 'silent';

export interface CoverageCell {
  state: CellState;
  /** The kinds of difference, for `differs` (e.g. "date", "quote"). */
  kinds: string[];
  /** Where this source says it (an article of the source, and offsets into its text); absent when silent. */
  passage?: { articleId: string; start: number; end: number; text: string };
  /** The row's notes link this source only as "probably the same claim" (utils/notes/confidence.ts). */
  probable?: true;
}

export interface CoverageRow {
  /** The claim as its first note words it. */
  text: string;
  /** How many sources report it: as many as each of its notes names, its own source included. */
  sources: number;
  /** The claims whose notes this row shows (each note of the story is in one row): article and offsets. */
  notes: { articleId: string; start: number; end: number }[];
  /**
   * The cells of the sources that report the claim, by column index; the others are silent (read with cellAt).
   * Sparse because most claims of a large story are reported by few of its sources.
   */
  cells: Record<number, CoverageCell>;
}

/** A source: one article, or an article with its near-identical copies (one wire story in several outlets). */
export interface CoverageColumn {
  articleId: string;
  outlet: string;
  url: string | null;
  title?: string;
  date?: string;
  copies: { articleId: string; outlet: string; url: string | null }[];
}

export interface SourceStats {
  /** Claims of this source (rows where it is not silent). */
  claims: number;
  /** Of those, claims another source reports too. */
  corroborated: number;
  /** Claims no other source reports. */
  alone: number;
  /** Sources whose claims this one largely repeats, with the share of its claims found there (0…1). */
  follows: { articleId: string; outlet: string; share: number }[];
  /** Outlets this source credits ("according to Bloomberg"); `articleId` when that outlet is in the story. */
  credits: { name: string; articleId: string | null }[];
}

export interface Coverage {
  storyId: string;
  title: string;
  columns: CoverageColumn[];
  rows: CoverageRow[];
  /** One per column, in column order. */
  stats: SourceStats[];
}

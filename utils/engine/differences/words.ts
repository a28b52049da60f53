// Word-level helpers shared by the difference detectors.

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Lowercased words of a string, apostrophes kept, punctuation dropped. */
export function words(s: string): string[] {
  return s.toLowerCase().match(WORD) ?? [];
}

export interface Run {
  here: string[];
  there: string[];
  /** Index in the first sequence of the run's first word (where it would be, for a run with none there). */
  at: number;
  /** Before the first shared word or after the last one: one side quoting more, not wording. */
  edge: boolean;
}

/** Whether a run is a change of wording: inside the shared stretch, or a wholly different rendering, but not
 *  one side quoting more of the sentence than the other. */
export const isRewording = (r: Run) => !(r.edge && (!r.here.length || !r.there.length));

/** The UTF-16 spans of the words of `quote` that `other` words differently (for emphasis where shown). */
export function rewordedSpans(quote: string, other: string): Array<{ start: number; end: number }> {
  const spans = [...quote.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return changedRuns(words(quote), words(other))
    .filter((r) => isRewording(r) && r.here.length)
    .map((r) => ({ start: spans[r.at]!.start, end: spans[r.at + r.here.length - 1]!.end }));
}

/** The runs where two word sequences differ (longest-common-subsequence alignment). */
export function changedRuns(a: string[], b: string[]): Run[] {
  const n = a.length;
  const m = b.length;
  const L = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--)
      L[i]![j] = a[i] === b[j] ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  }
  const runs: Run[] = [];
  let cur: Run = { here: [], there: [], at: 0, edge: true };
  let i = 0;
  let j = 0;
  const flush = (edge: boolean) => {
    if (cur.here.length || cur.there.length) runs.push(cur);
    cur = { here: [], there: [], at: i + 1, edge };
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush(false); // the next run starts after this shared word
      i++;
      j++;
    } else if (j >= m || (i < n && L[i + 1]![j]! >= L[i]![j + 1]!)) cur.here.push(a[i++]!);
    else cur.there.push(b[j++]!);
  }
  cur.edge = true;
  flush(true);
  return runs;
}

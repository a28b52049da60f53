// Word-level helpers shared by the difference detectors.

/** Lowercased words of a string, apostrophes kept, punctuation dropped. */
export function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

export interface Run {
  here: string[];
  there: string[];
  /** Before the first shared word or after the last one: one side quoting more, not wording. */
  edge: boolean;
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
  let cur: Run = { here: [], there: [], edge: true };
  let i = 0;
  let j = 0;
  const flush = (edge: boolean) => {
    if (cur.here.length || cur.there.length) runs.push(cur);
    cur = { here: [], there: [], edge };
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush(false);
      i++;
      j++;
    } else if (j >= m || (i < n && L[i + 1]![j]! >= L[i]![j + 1]!)) cur.here.push(a[i++]!);
    else cur.there.push(b[j++]!);
  }
  cur.edge = true;
  flush(true);
  return runs;
}

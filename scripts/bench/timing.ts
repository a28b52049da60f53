// Timing helpers shared by the Node benchmarks: medians of repeated runs, after one warm-up run.

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The median time of `runs` calls of `fn` in milliseconds, after one call to warm it up. */
export function time(fn: () => void, runs: number): number {
  fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

/**
 * Median times of several cases measured in turn, one call of each per round, after one warm-up round: the host's
 * speed drifts from second to second on a shared machine, and cases timed in blocks one after another would
 * each get a different host. A case may rely on the state the one before it leaves (the order is kept).
 */
export function timeInTurn(cases: Array<[string, () => void]>, rounds: number): Map<string, number> {
  for (const [, fn] of cases) fn();
  const ts = new Map<string, number[]>(cases.map(([name]) => [name, []]));
  for (let i = 0; i < rounds; i++) {
    for (const [name, fn] of cases) {
      const t0 = performance.now();
      fn();
      ts.get(name)!.push(performance.now() - t0);
    }
  }
  return new Map([...ts].map(([name, xs]) => [name, median(xs)]));
}

export const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

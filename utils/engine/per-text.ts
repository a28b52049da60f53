// Pure readings of a string kept for the next time the same string comes by (up to a bound, so memory
// stays flat): a claim meets several passages and a passage many claims, so the difference detectors read
// each text once; words repeat, so each is stemmed once.

const all: Array<Map<string, unknown>> = [];

/** Wraps a pure function of a text so each text is read once; callers must not mutate the result. */
export function perText<T>(read: (text: string) => T, limit = 4096): (text: string) => T {
  const kept = new Map<string, T>();
  all.push(kept);
  return (text) => {
    let value = kept.get(text);
    if (value === undefined) {
      if (kept.size >= limit) kept.clear();
      value = read(text);
      kept.set(text, value);
    }
    return value;
  };
}

const alsoForgotten: Array<() => void> = [];

/** Registers another kept reading (not of a string) that forgetTexts forgets too. */
export function alsoForget(forget: () => void): void {
  alsoForgotten.push(forget);
}

/** Forgets every kept reading: benchmarks call it to time a text as if never seen. */
export function forgetTexts(): void {
  for (const kept of all) kept.clear();
  for (const forget of alsoForgotten) forget();
}

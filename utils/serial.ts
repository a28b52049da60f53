// A read-modify-write that awaits between its read and its write (a story edit, the pending-highlights queue in
// storage.local) loses one of two changes made at once: both read the same state, the second write wins. Run
// through one queue, each change starts only after the one before it has finished, and so reads its result.

/** Runs `work` after every job queued before it has settled; a failure is the caller's, never the next job's. */
export type SerialQueue = <T>(work: () => Promise<T>) => Promise<T>;

/** A new queue: jobs run one at a time, in the order queued. */
export function serialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work);
    tail = run.catch(() => undefined);
    return run;
  };
}

// Browser adapter: browser.storage (passed in, so tests give a fake), read once and then watched.
// The first read of extension storage, and the changes after it, with nothing lost between the two. A page
// opened just after install reads the storage while the background is still publishing what pages need (the
// story's spot terms): were the change listener added only after the read came back, a value written during
// the read would be in neither, and the page would wait for a change that already happened.

/** The part of `browser.storage` this needs (the real one, or a fake in tests). */
export interface WatchedStorage {
  local: { get(keys: string[]): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(listener: ChangeListener): void;
    removeListener(listener: ChangeListener): void;
  };
}

type ChangeListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/**
 * Reads `keys` from storage.local, then calls `onChange` with the keys of each later change to them (a key
 * removed comes with the value undefined). The listener is in place before the read, so a change made while
 * the read is on its way is in `values`. `stop` removes the listener. (The parameter is not named `storage`:
 * WXT's auto-imports would take that name for its own storage module and bundle it into every page.)
 */
export async function readAndWatch(
  store: WatchedStorage,
  keys: string[],
  onChange: (changed: Record<string, unknown>) => void,
): Promise<{ values: Record<string, unknown>; stop: () => void }> {
  let early: Record<string, unknown> | null = {};
  const listener: ChangeListener = (changes, area) => {
    if (area !== 'local') return;
    const changed: Record<string, unknown> = {};
    for (const key of keys) if (key in changes) changed[key] = changes[key]!.newValue;
    if (!Object.keys(changed).length) return;
    if (early) Object.assign(early, changed);
    else onChange(changed);
  };
  store.onChanged.addListener(listener);
  const read = await store.local.get(keys);
  const values = { ...read, ...early };
  early = null;
  return { values, stop: () => store.onChanged.removeListener(listener) };
}

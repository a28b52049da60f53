import { describe, expect, it, vi } from 'vitest';
import { readAndWatch, type WatchedStorage } from '@/utils/browser/watch-storage';

type Listener = Parameters<WatchedStorage['onChanged']['addListener']>[0];

/** A storage.local whose read takes a turn, during which `duringRead` may write (as the background does). */
function fakeStorage(
  initial: Record<string, unknown>,
  duringRead?: (set: (key: string, value: unknown) => void) => void,
) {
  const data = { ...initial };
  const listeners = new Set<Listener>();
  const set = (key: string, value: unknown, area = 'local') => {
    if (area === 'local') data[key] = value;
    for (const l of listeners) l({ [key]: { newValue: value } }, area);
  };
  const storage: WatchedStorage = {
    local: {
      async get(keys) {
        const snapshot = Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]]));
        await Promise.resolve();
        duringRead?.(set);
        return snapshot;
      },
    },
    onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  return { storage, set, listeners };
}

describe('readAndWatch', () => {
  it('keeps a value written while the first read is on its way (a page opened just after install)', async () => {
    const { storage } = fakeStorage({ settings: 'on' }, (set) => set('terms', ['Witkoff']));
    const onChange = vi.fn();
    const { values } = await readAndWatch(storage, ['terms', 'settings'], onChange);
    expect(values).toEqual({ terms: ['Witkoff'], settings: 'on' });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('reports later changes to the watched keys of storage.local only, until stopped', async () => {
    const { storage, set, listeners } = fakeStorage({ terms: ['Witkoff'] });
    const onChange = vi.fn();
    const { values, stop } = await readAndWatch(storage, ['terms'], onChange);
    expect(values).toEqual({ terms: ['Witkoff'] });
    set('terms', ['Ushakov']);
    set('other', 1);
    set('terms', ['Dmitriev'], 'sync');
    expect(onChange.mock.calls).toEqual([[{ terms: ['Ushakov'] }]]);
    stop();
    expect(listeners.size).toBe(0);
  });

  it('a key removed during the read reads as undefined, not as its old value', async () => {
    const { storage } = fakeStorage({ terms: ['Witkoff'] }, (set) => set('terms', undefined));
    const { values } = await readAndWatch(storage, ['terms'], () => undefined);
    expect(values.terms).toBeUndefined();
  });
});

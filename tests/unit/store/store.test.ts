import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Highlight } from '@/utils/highlights/types';
import { HighlightStore } from '@/utils/browser/highlights-store';
import { freshIndexedDB, sample } from './helpers';

describe('HighlightStore', () => {
  beforeEach(freshIndexedDB);

  it('saves, finds by canonical address, counts, edits and deletes', async () => {
    const store = new HighlightStore();
    await store.put(sample(1));
    await store.put(sample(4));
    await store.put(sample(2));
    const url = 'https://news.example.com/story-1';
    expect((await store.byCanonicalUrl(url)).map((h) => h.id).sort()).toEqual(['id-00001', 'id-00004']);
    expect(await store.countByCanonicalUrl(url)).toBe(2);
    const edited = await store.update('id-00001', { comment: 'key claim', tags: ['a'] }, 42);
    expect(edited).toMatchObject({ comment: 'key claim', tags: ['a'], updated: 42 });
    expect(await store.update('missing', { comment: 'x' })).toBeUndefined();
    const deleted = await store.remove(['id-00001', 'missing']);
    expect(deleted.map((h) => h.id)).toEqual(['id-00001']);
    expect(await store.get('id-00001')).toBeUndefined();
    expect((await store.clear()).length).toBe(2);
    expect(await store.all()).toEqual([]);
  });

  it('lists each highlighted page once, and runs afterWrite after every write that can change that list', async () => {
    const written: string[][] = [];
    const store: HighlightStore = new HighlightStore(undefined, async () => {
      written.push(await store.canonicalUrls());
    });
    await store.put(sample(1));
    await store.putAll([sample(2), sample(4)]);
    await store.update('id-00002', { comment: 'no change of page' });
    await store.remove(['id-00001']);
    await store.clear();
    const pages = (ids: number[]) => [...new Set(ids.map((i) => sample(i).canonicalUrl))].sort();
    expect(written).toEqual([pages([1]), pages([1, 2, 4]), pages([2, 4]), []]);
  });

  it('never fails a write because afterWrite failed', async () => {
    const store = new HighlightStore(undefined, () => Promise.reject(new Error('storage.local full')));
    await store.put(sample(1));
    expect((await store.all()).length).toBe(1);
  });

  it('keeps every save when two contexts save at the same moment', async () => {
    const tabA = new HighlightStore();
    const tabB = new HighlightStore();
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? tabA : tabB).put(sample(i))));
    expect((await tabA.all()).length).toBe(40);
  });

  it('writes a batch all or nothing', async () => {
    const store = new HighlightStore();
    await store.put(sample(1));
    const broken = { ...sample(3), id: undefined } as unknown as Highlight; // no key: the write fails
    await expect(store.putAll([sample(2), broken])).rejects.toThrow();
    expect((await store.all()).map((h) => h.id)).toEqual(['id-00001']);
  });

  it('records which highlights were found on their page', async () => {
    const store = new HighlightStore();
    await store.putAll([sample(1), sample(2)]);
    await store.markAnchored(
      [
        { id: 'id-00001', found: false },
        { id: 'id-00002', found: true },
      ],
      7,
    );
    expect((await store.get('id-00001'))?.anchor).toEqual({ found: false, at: 7 });
    expect((await store.get('id-00002'))?.anchor).toEqual({ found: true, at: 7 });
  });
});

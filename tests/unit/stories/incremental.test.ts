import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildIndex } from '@/utils/engine';
import { engineFingerprint, PreparedCache, textKey } from '@/utils/engine/incremental';
import { parseStoryPackJson } from '@/utils/pack/parse';
import type { StoryPack } from '@/utils/pack/schema';
import { addArticle, removeArticle } from '@/utils/stories/edit';
import { StoryStore } from '@/utils/browser/stories-db';
import { article, pack } from './helpers';

const embedded = (() => {
  const parsed = parseStoryPackJson(readFileSync('public/stories/witkoff-leak.json', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
})();

const grow = (p: StoryPack, n: number) => {
  const r = addArticle(p, article(n, { text: `${embedded.articles[n % 3]!.text.slice(0, 800)} Report ${n}.` }));
  if (!r.ok) throw new Error(r.error);
  return r.pack;
};

describe('incremental index builds', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it('keys texts by hash and length, and fingerprints the engine', () => {
    expect(textKey('abc')).toBe(textKey('abc'));
    expect(textKey('abc')).not.toBe(textKey('abd'));
    expect(engineFingerprint()).toBe(engineFingerprint());
  });

  it('works out the fingerprint at the first build, not when the worker makes its cache', () => {
    let worked = 0;
    const cache = new PreparedCache(() => `fingerprint ${++worked}`);
    expect(worked).toBe(0);
    cache.build([embedded]);
    cache.build([embedded]);
    expect(worked).toBe(1);
    expect(cache.fresh.size).toBe(0); // The second build found every article kept under the one fingerprint.
  });

  it('builds exactly what a full build does, preparing only the article added', () => {
    const cache = new PreparedCache();
    const story = grow(pack('mine', 2), 7);
    expect(cache.build([embedded, story])).toEqual(buildIndex([embedded, story]));
    expect(cache.fresh.size).toBe(6);
    const bigger = grow(story, 8);
    expect(cache.build([embedded, bigger])).toEqual(buildIndex([embedded, bigger]));
    expect(cache.fresh.size).toBe(1);
  });

  it('prunes the entries of removed articles', () => {
    const cache = new PreparedCache();
    const story = pack('mine', 3);
    cache.build([story]);
    const removed = removeArticle(story, 'outlet-2');
    if (!removed.ok) throw new Error(removed.error);
    cache.build([removed.pack]);
    expect(cache.prune()).toEqual([cache.key(story.articles[1]!.text)]);
    expect(cache.size).toBe(2);
  });

  it('a restarted worker reads the kept entries back from IndexedDB and prepares nothing', async () => {
    const first = new PreparedCache();
    const story = grow(pack('mine', 2), 5);
    const full = first.build([embedded, story]);
    await new StoryStore().syncPrepared(first.fresh, first.prune());

    const restarted = new PreparedCache();
    restarted.load(await new StoryStore().allPrepared());
    expect(restarted.build([embedded, story])).toEqual(full);
    expect(restarted.fresh.size).toBe(0);

    const otherEngine = new PreparedCache(() => 'another-fingerprint');
    otherEngine.load(await new StoryStore().allPrepared());
    expect(otherEngine.size).toBe(0); // Entries of another engine build are never reused.
  });
});

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { STORIES_DB_NAME, STORIES_DB_VERSION, StoryStore } from '@/utils/browser/stories-db';
import { planImport } from '@/utils/stories/merge';
import { pack } from './helpers';

describe('import conflicts', () => {
  const taken = new Set(['witkoff-leak', 'mine']);
  const readOnly = new Set(['witkoff-leak']);

  it('writes a new id at once, and asks when the id is taken', () => {
    expect(planImport(pack('new', 1), taken, readOnly, 'ask')).toMatchObject({ kind: 'write', replaces: false });
    expect(planImport(pack('mine', 1), taken, readOnly, 'ask')).toEqual({
      kind: 'conflict',
      id: 'mine',
      title: 'Story mine',
      readOnly: false,
    });
  });

  it('replaces the person’s own story, never a built-in one; "copy" keeps both', () => {
    expect(planImport(pack('mine', 1), taken, readOnly, 'replace')).toMatchObject({ kind: 'write', replaces: true });
    expect(planImport(pack('witkoff-leak', 1), taken, readOnly, 'replace')).toMatchObject({
      kind: 'refused',
      error: /built-in/,
    });
    const copy = planImport(pack('witkoff-leak', 1), taken, readOnly, 'copy');
    expect(copy.kind === 'write' && copy.pack.story.id).toBe('witkoff-leak-copy');
  });
});

describe('the stories database', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it('stores, replaces whole, lists and deletes stories', async () => {
    const store = new StoryStore();
    await store.put(pack('a', 2));
    await store.put(pack('b', 1));
    await store.put(pack('a', 3));
    expect((await store.all()).map((p) => [p.story.id, p.articles.length])).toEqual([
      ['a', 3],
      ['b', 1],
    ]);
    expect((await store.get('b'))?.story.id).toBe('b');
    await store.delete('a');
    expect(await store.get('a')).toBeNull();
  });

  it('upgrades a version 1 database (stories only) keeping its stories', async () => {
    const v1 = await openDB(STORIES_DB_NAME, 1, {
      upgrade: (db) => void db.createObjectStore('stories', { keyPath: 'id' }),
    });
    await v1.put('stories', { id: 'kept', pack: pack('kept', 2), updatedAt: 1 });
    v1.close();
    const store = new StoryStore();
    expect((await store.all()).map((p) => p.story.id)).toEqual(['kept']);
    expect(await store.allPrepared()).toEqual([]);
  });

  it('creates the versioned schema', async () => {
    await new StoryStore().all();
    const db = await openDB(STORIES_DB_NAME);
    expect(db.version).toBe(STORIES_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['prepared', 'stories']);
    db.close();
  });
});

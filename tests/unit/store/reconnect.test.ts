import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME } from '@/utils/browser/highlights-db';
import { HighlightStore } from '@/utils/browser/highlights-store';
import { STORIES_DB_NAME, StoryStore } from '@/utils/browser/stories-db';
import { freshIndexedDB, sample } from './helpers';
import { pack } from '../stories/helpers';

/** Deletes a database the way another context of the extension would: every open connection is asked to close. */
function deleteFromElsewhere(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error('deleteDatabase failed'));
    req.onblocked = () => reject(new Error(`deleting ${name} was blocked by a connection that did not close`));
  });
}

// A connection that gives way to another context (a delete, a newer version) is closed by Sidelight itself,
// and the browser fires no "close" event for that: the store must notice and open a new one on its next call.
describe('stores reopen a connection that gave way to another context', () => {
  beforeEach(freshIndexedDB);

  it('HighlightStore', async () => {
    const store = new HighlightStore();
    await store.put(sample(1));
    await deleteFromElsewhere(DB_NAME);
    await store.put(sample(2));
    expect((await store.all()).map((h) => h.id)).toEqual(['id-00002']);
  });

  it('StoryStore', async () => {
    const store = new StoryStore();
    await store.put(pack('first', 1));
    await deleteFromElsewhere(STORIES_DB_NAME);
    await store.put(pack('second', 1));
    expect((await store.all()).map((p) => p.story.id)).toEqual(['second']);
  });
});

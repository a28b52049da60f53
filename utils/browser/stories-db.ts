// Browser adapter: IndexedDB (through idb), the person's own stories and their prepared engine data.
// The person's own stories live in the extension's IndexedDB (service worker and extension pages share it).
// Why not storage.local: a story of 200 articles of 5–10 KB is about 2 MB, and storage.local is capped at
// 10 MB in all without the `unlimitedStorage` permission (which Sidelight does not ask for); IndexedDB has
// the origin's quota, stores structured objects without a JSON round trip, and writes one story per record
// in a transaction, so an import either lands whole or not at all. Schema versions are steps
// (open-versioned.ts, as the highlights database); tests open it with fake-indexeddb.
import type { DBSchema, IDBPDatabase } from 'idb';
import type { PreparedArticle } from '../engine';
import type { StoryPack } from '../pack/schema';
import { LazyConnection, openVersioned, type UpgradeSteps } from './open-versioned';

export const STORIES_DB_NAME = 'sidelight-stories';
export const STORIES_DB_VERSION = 2;

/** One story as stored: the pack itself (validated before every write) and when it last changed. */
export interface StoredStory {
  id: string;
  pack: StoryPack;
  updatedAt: number;
}

/** One article's prepared engine data (utils/engine/incremental.ts), keyed by engine fingerprint and text. */
export interface StoredPrepared {
  key: string;
  prepared: PreparedArticle;
}

export interface StoriesDB extends DBSchema {
  stories: { key: string; value: StoredStory };
  prepared: { key: string; value: StoredPrepared };
}

const steps: UpgradeSteps<StoriesDB> = {
  1: (db) => void db.createObjectStore('stories', { keyPath: 'id' }),
  // The engine's prepared articles, so a restarted service worker does not segment and tokenize every article again.
  2: (db) => void db.createObjectStore('prepared', { keyPath: 'key' }),
};

/** Opens (creating or upgrading) the stories database. */
export function openStoriesDB(name = STORIES_DB_NAME): Promise<IDBPDatabase<StoriesDB>> {
  return openVersioned(name, STORIES_DB_VERSION, steps);
}

/** The stories store: every write is one transaction, so a story is replaced whole or not at all. */
export class StoryStore {
  private readonly connection: LazyConnection<StoriesDB>;
  constructor(name = STORIES_DB_NAME) {
    this.connection = new LazyConnection(() => openStoriesDB(name));
  }

  private open() {
    return this.connection.get();
  }

  async all(): Promise<StoryPack[]> {
    return (await (await this.open()).getAll('stories')).map((s) => s.pack);
  }

  async get(id: string): Promise<StoryPack | null> {
    return (await (await this.open()).get('stories', id))?.pack ?? null;
  }

  /** Writes a story whole, replacing the one with its id. */
  async put(pack: StoryPack): Promise<void> {
    await (await this.open()).put('stories', { id: pack.story.id, pack, updatedAt: Date.now() });
  }

  async delete(id: string): Promise<void> {
    await (await this.open()).delete('stories', id);
  }

  /** Every kept prepared article. */
  async allPrepared(): Promise<StoredPrepared[]> {
    return (await this.open()).getAll('prepared');
  }

  /** Keeps newly prepared articles and drops unused ones, in one transaction. */
  async syncPrepared(add: Iterable<[string, PreparedArticle]>, remove: Iterable<string>): Promise<void> {
    const tx = (await this.open()).transaction('prepared', 'readwrite');
    for (const key of remove) void tx.store.delete(key);
    for (const [key, prepared] of add) void tx.store.put({ key, prepared });
    await tx.done;
  }
}

import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Highlight } from '@/utils/highlights/types';
import { DB_NAME, DB_VERSION, openHighlightsDB } from '@/utils/browser/highlights-db';
import { HighlightStore } from '@/utils/browser/highlights-store';
import { freshIndexedDB } from './helpers';

// Each schema version has a fixture of records as that version wrote them, and the schema as it created it
// (frozen here, not imported: the point is to start from what real browsers hold). Opening with the current
// code must keep every record readable. When DB_VERSION grows, add `db-v<N>.json` and its frozen schema.

const FROZEN: Record<number, (db: IDBDatabase) => void> = {
  1: (db) => db.createObjectStore('highlights', { keyPath: 'id' }).createIndex('canonicalUrl', 'canonicalUrl'),
};

describe('database migrations', () => {
  beforeEach(freshIndexedDB);

  for (let version = 1; version <= DB_VERSION; version++) {
    it(`opens a version ${version} database and keeps its records`, async () => {
      const records = JSON.parse(readFileSync(`tests/fixtures/highlights/db-v${version}.json`, 'utf8')) as Highlight[];
      const old = await openDB(DB_NAME, version, { upgrade: (db) => FROZEN[version]!(db as unknown as IDBDatabase) });
      for (const r of records) await old.put('highlights', r);
      old.close();
      const store = new HighlightStore(() => openHighlightsDB());
      expect((await store.all()).map((h) => h.id).sort()).toEqual(records.map((r) => r.id).sort());
      expect(await store.countByCanonicalUrl(records[0]!.canonicalUrl)).toBeGreaterThan(0);
    });
  }

  it('creates the current schema from nothing', async () => {
    const db = await openHighlightsDB();
    expect([...db.objectStoreNames]).toEqual(['highlights']);
    expect(db.version).toBe(DB_VERSION);
  });
});

// The highlights database lives in the extension's origin (service worker and extension pages share it); content
// scripts reach it only through validated messages. Each schema version is one step below, applied in order,
// so a browser that skipped versions still arrives at the current schema; tests open fixtures of each version.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Highlight } from '../highlights/types';

export const DB_NAME = 'sidelight-highlights';
export const DB_VERSION = 1;

export interface HighlightsDB extends DBSchema {
  highlights: {
    key: string;
    value: Highlight;
    indexes: { canonicalUrl: string };
  };
}

type UpgradeTx = IDBPTransaction<HighlightsDB, StoreNames<HighlightsDB>[], 'versionchange'>;

/** One step per version: step[n] turns a version n-1 database into version n. */
const steps: Record<number, (db: IDBPDatabase<HighlightsDB>, tx: UpgradeTx) => void | Promise<void>> = {
  1: (db) => {
    const store = db.createObjectStore('highlights', { keyPath: 'id' });
    store.createIndex('canonicalUrl', 'canonicalUrl');
  },
};

/** Opens (creating or upgrading) the highlights database. */
export async function openHighlightsDB(name = DB_NAME): Promise<IDBPDatabase<HighlightsDB>> {
  const db = await openDB<HighlightsDB>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion + 1; v <= DB_VERSION; v++) await steps[v]!(db, tx);
    },
  });
  // A newer build opening the database (an updated extension) must not wait on this connection.
  db.addEventListener('versionchange', () => db.close());
  return db;
}

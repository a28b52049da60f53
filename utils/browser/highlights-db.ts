// Browser adapter: IndexedDB (through idb), the highlights database and its schema versions.
// The highlights database lives in the extension's origin (service worker and extension pages share it); content
// scripts reach it only through validated messages. Each schema version is one step below, applied in order,
// so a browser that skipped versions still arrives at the current schema; tests open fixtures of each version.
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Highlight } from '../highlights/types';
import { openVersioned, type UpgradeSteps } from './open-versioned';

export const DB_NAME = 'sidelight-highlights';
export const DB_VERSION = 1;

export interface HighlightsDB extends DBSchema {
  highlights: {
    key: string;
    value: Highlight;
    indexes: { canonicalUrl: string };
  };
}

/** One step per version: step[n] turns a version n-1 database into version n. */
const steps: UpgradeSteps<HighlightsDB> = {
  1: (db) => {
    const store = db.createObjectStore('highlights', { keyPath: 'id' });
    store.createIndex('canonicalUrl', 'canonicalUrl');
  },
};

/** Opens (creating or upgrading) the highlights database. */
export function openHighlightsDB(name = DB_NAME): Promise<IDBPDatabase<HighlightsDB>> {
  return openVersioned(name, DB_VERSION, steps);
}

// Browser adapter: IndexedDB (through idb), opening a database through its versioned upgrade steps.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';

// Sidelight's databases (highlights, stories) are versioned the same way: one step per version, applied in
// order, so a browser that skipped versions still arrives at the current schema.

/** The upgrade transaction a step runs in (for steps that move data, not only create stores). */
export type UpgradeTx<S extends DBSchema> = IDBPTransaction<S, StoreNames<S>[], 'versionchange'>;

/** step[n] turns a version n-1 database into version n. */
export type UpgradeSteps<S extends DBSchema> = Record<
  number,
  (db: IDBPDatabase<S>, tx: UpgradeTx<S>) => void | Promise<void>
>;

/** Opens (creating or upgrading) database `name` at `version` by running the steps it lacks. */
export async function openVersioned<S extends DBSchema>(
  name: string,
  version: number,
  steps: UpgradeSteps<S>,
): Promise<IDBPDatabase<S>> {
  const db = await openDB<S>(name, version, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion + 1; v <= version; v++) await steps[v]!(db, tx);
    },
  });
  // A newer build opening the database (an updated extension) must not wait on this connection.
  db.addEventListener('versionchange', () => db.close());
  return db;
}

/**
 * One database connection shared by a store's calls, opened on first use. A failed open is retried on the
 * next call, not cached; a connection that closes (the browser closed it, or it gave way to a delete or a
 * newer version, for which no "close" event fires) is forgotten, so the next call opens a new one.
 */
export class LazyConnection<S extends DBSchema> {
  private db: Promise<IDBPDatabase<S>> | null = null;

  constructor(private readonly open: () => Promise<IDBPDatabase<S>>) {}

  get(): Promise<IDBPDatabase<S>> {
    const db = (this.db ??= this.open().then((opened) => {
      const forget = () => {
        if (this.db === db) this.db = null;
      };
      opened.addEventListener('close', forget);
      opened.addEventListener('versionchange', forget);
      return opened;
    }));
    return db.catch((err: unknown) => {
      if (this.db === db) this.db = null;
      throw err;
    });
  }
}

// Browser adapter: IndexedDB (through idb), reads and writes of highlight records.
// Reads and writes of highlight records. Every write is one IndexedDB transaction, so a batch (an import, a
// delete-all, an undo) is all or nothing; concurrent saves from many tabs are serialised by IndexedDB itself.
import type { IDBPDatabase } from 'idb';
import type { Highlight } from '../highlights/types';
import { openHighlightsDB, type HighlightsDB } from './highlights-db';
import { LazyConnection } from './open-versioned';

export type DB = IDBPDatabase<HighlightsDB>;

/** The fields of a highlight a person edits after saving. */
export type HighlightEdit = Partial<Pick<Highlight, 'comment' | 'tags'>>;

type Tx = { done: Promise<void>; abort(): void };

/** Runs `work` in `tx` and waits for the commit; any failure, even a synchronous one, aborts the whole of it. */
async function atomically<T>(tx: Tx, work: () => Promise<T>): Promise<T> {
  tx.done.catch(() => undefined); // Reported through `work` or the await below, not as an unhandled rejection.
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (err) {
    try {
      tx.abort(); // A put that throws synchronously (a bad key) does not abort the transaction by itself.
    } catch {
      // Already finished or aborted.
    }
    throw err;
  }
}

/** Marks a request's failure as handled here: the first failure is reported by Promise.all, and an abort then
 * rejects every other request of the transaction too. */
function handled<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/**
 * A store over one database connection, opened lazily and reopened after it closes. `afterWrite`
 * runs after every write that may change which pages have highlights (the page filter is published there);
 * its failure never fails the write.
 */
export class HighlightStore {
  private readonly connection: LazyConnection<HighlightsDB>;

  constructor(
    open: () => Promise<DB> = () => openHighlightsDB(),
    private readonly afterWrite: () => Promise<void> = async () => undefined,
  ) {
    this.connection = new LazyConnection(open);
  }

  private async written(): Promise<void> {
    await this.afterWrite().catch((err: unknown) => console.warn('Sidelight: after a highlights write:', err));
  }

  private conn(): Promise<DB> {
    return this.connection.get();
  }

  /** Adds or replaces one highlight. */
  async put(h: Highlight): Promise<void> {
    await (await this.conn()).put('highlights', h);
    await this.written();
  }

  /** Adds or replaces many highlights in one transaction: all are written or none. */
  async putAll(list: readonly Highlight[]): Promise<void> {
    const tx = (await this.conn()).transaction('highlights', 'readwrite');
    await atomically(tx, () => Promise.all(list.map((h) => handled(tx.store.put(h)))));
    await this.written();
  }

  /**
   * Adds a highlight unless its id is stored already, in one transaction: a save retried after its reply was lost
   * writes nothing twice. Returns the stored record (the earlier one on a retry) and whether this call wrote it.
   */
  async add(h: Highlight): Promise<{ added: boolean; stored: Highlight }> {
    const tx = (await this.conn()).transaction('highlights', 'readwrite');
    const result = await atomically(tx, async () => {
      const before = await tx.store.get(h.id);
      if (before) return { added: false, stored: before };
      await tx.store.put(h);
      return { added: true, stored: h };
    });
    if (result.added) await this.written();
    return result;
  }

  /** Adds, in one transaction, those of `list` whose ids are not stored yet (all or none); returns how many. */
  async addMissing(list: readonly Highlight[]): Promise<number> {
    const tx = (await this.conn()).transaction('highlights', 'readwrite');
    const added = await atomically(tx, async () => {
      const before = await Promise.all(list.map((h) => tx.store.getKey(h.id)));
      const missing = list.filter((_, i) => before[i] === undefined);
      await Promise.all(missing.map((h) => handled(tx.store.put(h))));
      return missing.length;
    });
    if (added) await this.written();
    return added;
  }

  /** One highlight by id, or undefined. */
  async get(id: string): Promise<Highlight | undefined> {
    return (await this.conn()).get('highlights', id);
  }

  /** The highlights saved on one canonical address. */
  async byCanonicalUrl(url: string): Promise<Highlight[]> {
    return (await this.conn()).getAllFromIndex('highlights', 'canonicalUrl', url);
  }

  /** How many highlights one canonical address has, without reading them. */
  async countByCanonicalUrl(url: string): Promise<number> {
    return (await this.conn()).countFromIndex('highlights', 'canonicalUrl', url);
  }

  /** The canonical addresses that have highlights, each once (read from the index, not the records). */
  async canonicalUrls(): Promise<string[]> {
    const urls: string[] = [];
    let cursor = await (
      await this.conn()
    )
      .transaction('highlights')
      .store.index('canonicalUrl')
      .openKeyCursor(null, 'nextunique');
    for (; cursor; cursor = await cursor.continue()) urls.push(cursor.key);
    return urls;
  }

  /** Every highlight. */
  async all(): Promise<Highlight[]> {
    return (await this.conn()).getAll('highlights');
  }

  /** Applies an edit inside one transaction, so two edits from two pages never overwrite each other's fields. */
  async update(id: string, edit: HighlightEdit, now = Date.now()): Promise<Highlight | undefined> {
    const tx = (await this.conn()).transaction('highlights', 'readwrite');
    return atomically(tx, async () => {
      const current = await tx.store.get(id);
      if (!current) return undefined;
      const next: Highlight = { ...current, ...edit, updated: now };
      await tx.store.put(next);
      return next;
    });
  }

  /** Records whether a highlight was found on its page the last time it was visited. */
  async markAnchored(results: readonly { id: string; found: boolean }[], now = Date.now()): Promise<void> {
    const tx = (await this.conn()).transaction('highlights', 'readwrite');
    await atomically(tx, () =>
      Promise.all(
        results.map(async ({ id, found }) => {
          const h = await tx.store.get(id);
          if (h && h.anchor?.found !== found) await tx.store.put({ ...h, anchor: { found, at: now } });
        }),
      ),
    );
  }

  /** Deletes highlights in one transaction and returns what was deleted, so the caller can offer undo. */
  async remove(ids: readonly string[]): Promise<Highlight[]> {
    const tx = (await this.conn()).transaction('highlights', 'readwrite');
    return atomically(tx, async () => {
      const found = await Promise.all(ids.map((id) => tx.store.get(id)));
      await Promise.all(ids.map((id) => handled(tx.store.delete(id))));
      return found.filter((h): h is Highlight => h !== undefined);
    }).finally(() => this.written());
  }

  /** Deletes every highlight and returns them. */
  async clear(): Promise<Highlight[]> {
    const tx = (await this.conn()).transaction('highlights', 'readwrite');
    return atomically(tx, async () => {
      const all = await tx.store.getAll();
      await tx.store.clear();
      return all;
    }).finally(() => this.written());
  }
}

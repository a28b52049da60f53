// Reading and seeding the extension's IndexedDB from its service worker, as e2e tests do.
import type { Worker } from 'playwright-core';
import { waitFor } from './fixtures';

/**
 * Runs one request on store `storeName` of the extension's database `dbName`, from its service worker: every
 * record (`getAll`) or `record` written (`put`). The extension creates its databases itself (on install, or on
 * first use); a test that opened one first would create it empty at the extension's version, and the extension
 * would never get its stores. So while the database does not exist yet, the open is aborted (nothing is
 * created) and tried again.
 */
export async function onExtensionStore<T>(
  worker: Worker,
  dbName: string,
  storeName: string,
  op: 'getAll' | 'put',
  record?: unknown,
): Promise<T> {
  const reply = await waitFor(() =>
    worker.evaluate(
      ([name, store, kind, value]) =>
        new Promise<{ result: unknown } | null>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onupgradeneeded = () => open.transaction!.abort();
          open.onerror = () => (open.error?.name === 'AbortError' ? resolve(null) : reject(open.error));
          open.onsuccess = () => {
            const db = open.result;
            try {
              const tx = db.transaction(store, kind === 'put' ? 'readwrite' : 'readonly');
              const req = kind === 'put' ? tx.objectStore(store).put(value) : tx.objectStore(store).getAll();
              tx.oncomplete = () => (db.close(), resolve({ result: req.result }));
              tx.onerror = () => (db.close(), reject(tx.error));
            } catch (err) {
              db.close();
              reject(err);
            }
          };
        }),
      [dbName, storeName, op, record] as const,
    ),
  );
  return reply.result as T;
}

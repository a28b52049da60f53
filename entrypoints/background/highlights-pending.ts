import { browser } from 'wxt/browser';
import type { Highlight } from '@/utils/highlights/types';
import type { HighlightStore } from '@/utils/store/highlights-store';

// Highlights whose database write failed (a full quota, a broken database) wait here, in extension storage,
// and are written on the next save, page check or browser start: a failed write never loses a highlight.

const KEY = 'highlights:pending';

/** The highlights still waiting to be written. */
export async function pendingHighlights(): Promise<Highlight[]> {
  return ((await browser.storage.local.get(KEY))[KEY] as Highlight[] | undefined) ?? [];
}

/** Queues a highlight whose write failed; throws if extension storage is full too (the page then keeps it). */
export async function keepPending(h: Highlight): Promise<void> {
  const queue = (await pendingHighlights()).filter((p) => p.id !== h.id);
  await browser.storage.local.set({ [KEY]: [...queue, h] });
}

/** Writes the queued highlights in one transaction; on success empties the queue. Returns how many were written. */
export async function flushPending(store: HighlightStore): Promise<number> {
  const queue = await pendingHighlights();
  if (!queue.length) return 0;
  await store.putAll(queue);
  await browser.storage.local.remove(KEY);
  return queue.length;
}

/** A message a person can act on, from whatever a failed write threw. */
export function describeWriteError(err: unknown): string {
  const name = err instanceof DOMException || err instanceof Error ? err.name : '';
  if (name === 'QuotaExceededError') {
    return 'Storage is full: the highlight is kept and will be saved when space is freed (export and delete old highlights).';
  }
  const detail = err instanceof Error ? err.message : String(err);
  return `The highlight could not be written (${detail.slice(0, 200)}); it is kept and will be retried.`;
}

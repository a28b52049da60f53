import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { HighlightSchema } from '@/utils/highlights/schema';
import type { Highlight } from '@/utils/highlights/types';
import { serialQueue } from '@/utils/serial';
import type { HighlightStore } from '@/utils/browser/highlights-store';
import { t } from '@/utils/browser/i18n';

// Highlights whose database write failed (a full quota, a broken database) wait here, in extension storage,
// and are written on the next save, page check or browser start: a failed write never loses a highlight.
// The queue is one storage.local value, read, changed and written back: every change runs through one queue
// (utils/serial.ts), or a highlight queued while another was queued or flushed would be lost. A flush writes only
// ids not in the database yet (never over a record edited since) and then takes out exactly the ids it wrote.

const KEY = 'highlights:pending';
const serially = serialQueue();

const isHighlight = (raw: unknown): raw is Highlight => v.is(HighlightSchema, raw);

async function readQueue(): Promise<unknown[]> {
  const raw: unknown = (await browser.storage.local.get(KEY))[KEY];
  return Array.isArray(raw) ? raw : [];
}

async function writeQueue(queue: readonly unknown[]): Promise<void> {
  if (queue.length) await browser.storage.local.set({ [KEY]: queue });
  else await browser.storage.local.remove(KEY);
}

/** The highlights waiting to be written; a queued record that is not a valid highlight is not one of them. */
export async function pendingHighlights(): Promise<Highlight[]> {
  return (await readQueue()).filter(isHighlight);
}

/**
 * Queues a highlight whose write failed, replacing one queued with its id. Throws (the page then keeps it) when
 * extension storage is full too, when the record is not a valid highlight, or when its id is queued for another page.
 */
export function keepPending(h: Highlight): Promise<void> {
  return serially(async () => {
    if (!isHighlight(h)) throw new Error('not a valid highlight');
    const queue = await readQueue();
    const same = queue.filter(isHighlight).find((p) => p.id === h.id);
    if (same && same.canonicalUrl !== h.canonicalUrl) throw new Error(`the id ${h.id} is queued for another page`);
    await writeQueue([...queue.filter((p) => !isHighlight(p) || p.id !== h.id), h]);
  });
}

/**
 * Writes the queued highlights in one transaction, except those whose id the database has already (a retried
 * save that landed, or an import), then takes the flushed ids out of the queue. A queued record that is not a
 * valid highlight is never written: it is dropped, with a warning. Returns how many were written.
 */
export function flushPending(store: HighlightStore): Promise<number> {
  return serially(async () => {
    const queue = await readQueue();
    if (!queue.length) return 0;
    const valid = queue.filter(isHighlight);
    if (valid.length < queue.length) {
      console.warn(`Sidelight: ${queue.length - valid.length} queued highlight(s) were not valid and were dropped`);
    }
    const written = await store.addMissing(valid);
    const flushed = new Set(valid.map((h) => h.id));
    await writeQueue((await readQueue()).filter((p) => isHighlight(p) && !flushed.has(p.id)));
    return written;
  });
}

/** A message a person can act on, from whatever a failed write threw. */
export function describeWriteError(err: unknown): string {
  const name = err instanceof DOMException || err instanceof Error ? err.name : '';
  if (name === 'QuotaExceededError') {
    return t('highlights_storageFull');
  }
  const detail = err instanceof Error ? err.message : String(err);
  return t('highlights_writeFailed', [detail.slice(0, 200)]);
}

import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { store } from '@/entrypoints/background/highlights';
import { flushPending, keepPending, pendingHighlights } from '@/entrypoints/background/highlights-pending';
import { handleMessage } from '@/entrypoints/background/routes';
import { pageSender } from '../messages/senders';
import { sample } from './helpers';

// Issue 18, "nothing lost under races": the pending queue (highlights whose write failed) is one storage.local
// value, changed by reading and writing it back. Changes made at once must all land; a flush writes only what
// it read, by id, and never over a newer record; a record in the queue is checked before it is written; and a
// save retried with the page's id never makes a second highlight.

const KEY = 'highlights:pending';
const ID = '0b6c1c84-6b1e-4a57-9a0c-2f1d1f3c9e11';
const msg = {
  type: 'save-highlight' as const,
  quote: { exact: 'A passage worth keeping', prefix: '', suffix: '' },
  page: { title: 'A page' },
};
const sender = pageSender('https://news.example.com/a');
const queuedIds = async () => (await pendingHighlights()).map((h) => h.id).sort();

beforeEach(async () => {
  await store.clear(); // The worker's store keeps its connection from test to test.
  fakeBrowser.reset();
  vi.restoreAllMocks();
  // No drawer to start in a unit test: the page looks as if it had one already.
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ result: true } as never]);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true });
});

describe('the pending queue', () => {
  it('keeps every highlight queued at once', async () => {
    await Promise.all([1, 2, 3].map((n) => keepPending(sample(n))));
    expect(await queuedIds()).toEqual(['id-00001', 'id-00002', 'id-00003']);
  });

  it('keeps a highlight queued while a flush is writing the others', async () => {
    await keepPending(sample(1));
    await Promise.all([flushPending(store), keepPending(sample(2))]);
    expect((await store.all()).map((h) => h.id)).toContain('id-00001');
    // Queued during the flush: written by it, or still waiting; never lost.
    const written = (await store.all()).map((h) => h.id);
    expect([...written, ...(await queuedIds())]).toContain('id-00002');
  });

  it('never writes a queued record over a newer one of the same id', async () => {
    await keepPending(sample(1));
    await store.put({ ...sample(1), comment: 'edited since', updated: 2_000_000_000_000 });
    await flushPending(store);
    expect((await store.get('id-00001'))?.comment).toBe('edited since');
    expect(await pendingHighlights()).toEqual([]);
  });

  it('writes only valid records: a bad one neither blocks the queue nor reaches the database', async () => {
    const bad = { ...sample(2), quote: { exact: '' } };
    await fakeBrowser.storage.local.set({ [KEY]: [sample(1), bad, { not: 'a highlight' }] });
    expect(await queuedIds()).toEqual(['id-00001']);
    expect(await flushPending(store)).toBe(1);
    expect((await store.all()).map((h) => h.id)).toEqual(['id-00001']);
    expect((await fakeBrowser.storage.local.get(KEY))[KEY]).toBeUndefined();
  });

  it('refuses to queue a record that is not a valid highlight (the page then keeps it)', async () => {
    await expect(keepPending({ ...sample(1), created: -1 })).rejects.toThrow(/not a valid highlight/);
    expect(await pendingHighlights()).toEqual([]);
  });
});

describe('a save retried with the page’s id', () => {
  it('saves one highlight, under that id, however often it is sent', async () => {
    const replies = await Promise.all([
      handleMessage({ ...msg, id: ID }, sender),
      handleMessage({ ...msg, id: ID }, sender),
    ]);
    expect(replies).toMatchObject([
      { ok: true, highlight: { id: ID } },
      { ok: true, highlight: { id: ID } },
    ]);
    await handleMessage({ ...msg, id: ID }, sender);
    expect((await store.all()).map((h) => h.id)).toEqual([ID]);
  });

  it('after a write that went to the queue, the retry finds it there', async () => {
    vi.spyOn(store, 'add').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    expect(await handleMessage({ ...msg, id: ID }, sender)).toMatchObject({ ok: false, pending: true });
    expect(await handleMessage({ ...msg, id: ID }, sender)).toMatchObject({ ok: true, highlight: { id: ID } });
    expect((await store.all()).map((h) => h.id)).toEqual([ID]);
    expect(await pendingHighlights()).toEqual([]);
  });

  it('is refused when the id is another page’s highlight, which stays as it was and unseen', async () => {
    await handleMessage({ ...msg, id: ID }, pageSender('https://bank.example/statement'));
    const before = await store.get(ID);
    const reply = await handleMessage({ ...msg, id: ID }, pageSender('https://evil.example/landing'));
    expect(reply).toMatchObject({ ok: false, refused: true });
    expect(JSON.stringify(reply)).not.toContain('bank.example');
    expect(await store.get(ID)).toEqual(before);
  });

  it('accepts only a UUID as the page’s id', async () => {
    expect(await handleMessage({ ...msg, id: 'id-00001' }, sender)).toBeUndefined();
  });
});

import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { store } from '@/entrypoints/background/highlights';
import { pendingHighlights } from '@/entrypoints/background/highlights-pending';
import { handleMessage } from '@/entrypoints/background/routes';
import { pageSender } from '../messages/senders';
import { freshIndexedDB } from './helpers';

// Nothing lost: a write that fails (a full quota) is reported to the page and the highlight kept as pending,
// then written on the next occasion.

const msg = {
  type: 'save-highlight' as const,
  quote: { exact: 'A passage worth keeping', prefix: '', suffix: '' },
  page: { title: 'A page' },
};
const sender = pageSender('https://news.example.com/a?utm_source=x');

describe('saving when the database refuses the write', () => {
  beforeEach(() => {
    freshIndexedDB();
    fakeBrowser.reset();
    vi.restoreAllMocks();
    // No drawer to start in a unit test: the page looks as if it had one already.
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ result: true } as never]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true });
  });

  it('replies with the reason, keeps the highlight pending, and writes it on the next check', async () => {
    vi.spyOn(store, 'add').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    const reply = await handleMessage(msg, sender);
    expect(reply).toMatchObject({ ok: false, pending: true, error: expect.stringMatching(/Storage is full/) });
    expect((await pendingHighlights()).map((h) => h.quote.exact)).toEqual(['A passage worth keeping']);

    const check = await handleMessage({ type: 'highlights-check' }, pageSender('https://news.example.com/a'));
    expect(check).toEqual({ ok: true, count: 1 });
    expect(await pendingHighlights()).toEqual([]);
  });

  it('says so when the pending queue cannot be written either, so the page keeps and retries it', async () => {
    vi.spyOn(store, 'add').mockRejectedValueOnce(new Error('disk I/O'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('quota'));
    const reply = await handleMessage(msg, sender);
    expect(reply).toMatchObject({ ok: false, pending: false, highlight: { quote: msg.quote } });
  });
});

import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getIndex } from '@/entrypoints/background/align';
import { handleMessage } from '@/entrypoints/background/routes';
import { pageSender } from './senders';

// A page that passed the spot test sends its text once the article script has read it; the index it will be
// aligned against is built meanwhile, so a worker the browser had stopped does not start its build only then.

vi.mock('@/entrypoints/background/align', async (original) => ({
  ...(await original<typeof import('@/entrypoints/background/align')>()),
  getIndex: vi.fn(() => new Promise(() => undefined)),
}));

describe('a page that passed the spot test', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.mocked(getIndex).mockClear();
  });

  it('starts the index build before the article script goes in', async () => {
    let builtFirst: boolean | undefined;
    fakeBrowser.scripting.executeScript = vi.fn(async () => {
      builtFirst = vi.mocked(getIndex).mock.calls.length === 1;
      return [{ result: true }];
    }) as never;
    const reply = await handleMessage(
      { type: 'spotted' },
      pageSender('https://news.example.com/a', { documentId: 'd' }),
    );
    expect(reply).toEqual({ ok: true });
    expect(builtFirst).toBe(true);
  });

  it('still injects the article script when the build fails', async () => {
    vi.mocked(getIndex).mockReturnValueOnce(Promise.reject(new Error('no packs')));
    const executeScript = vi.fn().mockResolvedValue([{ result: true }]);
    fakeBrowser.scripting.executeScript = executeScript as never;
    await handleMessage({ type: 'spotted' }, pageSender('https://news.example.com/a', { documentId: 'd' }));
    expect(executeScript).toHaveBeenCalledOnce();
  });
});

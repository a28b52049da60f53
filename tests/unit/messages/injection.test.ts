import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createRouter, route } from '@/entrypoints/background/router';
import { handleMessage } from '@/entrypoints/background/routes';
import { PingSchema } from '@/utils/notes/messages';
import { pageSender } from './senders';

// Scripts go into the document that asked for them: a frame that navigated meanwhile (a new document) gets none.

describe('injection on a page’s behalf', () => {
  let executeScript: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    executeScript = vi.fn().mockResolvedValue([{ result: true }]);
    fakeBrowser.scripting.executeScript = executeScript as never;
  });

  it('puts the article script into the sending document, by its id', async () => {
    await handleMessage({ type: 'spotted' }, pageSender('https://news.example.com/a', { frameId: 3, documentId: 'd' }));
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, documentIds: ['d'] },
      files: ['/content-scripts/article.js'],
    });
  });

  it('falls back to the sending frame where the browser gives no document id', async () => {
    const sender = { ...pageSender('https://news.example.com/a', { frameId: 3 }), documentId: undefined };
    await handleMessage({ type: 'spotted' }, sender);
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [3] },
      files: ['/content-scripts/article.js'],
    });
  });
});

describe('the router', () => {
  it('refuses to start with a message type routed twice', () => {
    const ping = route('extension-page', PingSchema, async () => ({ ok: true, version: '1', stories: [] }));
    expect(() => createRouter({ ping }, { ping })).toThrow(/"ping" has two routes/);
  });
});

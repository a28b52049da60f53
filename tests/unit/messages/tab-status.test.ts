import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getTabStatus, setTabStatus } from '@/entrypoints/background/tab-status';
import type { TabStatus } from '@/utils/messages';

// What was read on a tab holds while the tab shows that page: it is checked against the tab when asked for, and
// the tabs closed since are forgotten when another is written (no tab listener wakes the worker to do either).

const status = (url: string): TabStatus => ({ url, title: 'A page', textLength: 10, excerpt: 'Text', readAt: 1 });

describe('tab status', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is what was read while the tab shows that page', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example.com/a' });
    await setTabStatus(tab.id!, status('https://news.example.com/a'));
    expect(await getTabStatus(tab.id!)).toMatchObject({ url: 'https://news.example.com/a' });
  });

  it('is forgotten once the tab shows another page', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example.com/a' });
    await setTabStatus(tab.id!, status('https://news.example.com/a'));
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://news.example.com/b' });
    expect(await getTabStatus(tab.id!)).toBeNull();
    expect(await fakeBrowser.storage.session.get(`tab:${tab.id}`)).toEqual({});
  });

  it('of a closed tab is forgotten when another tab is read', async () => {
    await fakeBrowser.storage.session.set({ 'tab:999': status('https://news.example.com/a') }); // Tab 999 is gone.
    const open = await fakeBrowser.tabs.create({ url: 'https://news.example.com/b' });
    await setTabStatus(open.id!, status('https://news.example.com/b'));
    // Forgotten after the record is written, off the page's way to its notes.
    await vi.waitFor(async () =>
      expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([`tab:${open.id}`]),
    );
  });
});

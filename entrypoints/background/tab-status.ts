import { browser } from 'wxt/browser';
import type { TabStatus } from '@/utils/messages';

// What Sidelight found on each tab lives in storage.session: it survives a service-worker restart and is
// gone when the browser closes.

const key = (tabId: number) => `tab:${tabId}`;

/** Records what was read on a tab. */
export async function setTabStatus(tabId: number, status: TabStatus): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: status });
}

/** What was read on a tab, or null. */
export async function getTabStatus(tabId: number): Promise<TabStatus | null> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as TabStatus | undefined) ?? null;
}

/** Forgets a tab (closed, or navigated away). */
export async function clearTabStatus(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

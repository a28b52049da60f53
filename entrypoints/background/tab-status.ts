import { browser } from 'wxt/browser';
import type { TabStatus } from '@/utils/messages';

// What Sidelight found on each tab lives in storage.session: it survives a service-worker restart and is
// gone when the browser closes. It is checked against the tab when asked for, not kept up to date by
// listening to the tabs: a listener on every tab's updates would start this worker on every page load of
// ordinary browsing, story or not.

const PREFIX = 'tab:';
const key = (tabId: number) => `${PREFIX}${tabId}`;

/** Records what was read on a tab; the tabs closed since are forgotten after, off the page's way to its notes
 *  (the reply to its alignment waits for this record only). */
export async function setTabStatus(tabId: number, status: TabStatus): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: status });
  void forgetClosedTabs().catch(() => undefined); // Tried again when the next page is read.
}

/** Forgets what was read on tabs that are no longer open. */
async function forgetClosedTabs(): Promise<void> {
  const open = new Set((await browser.tabs.query({})).map((t) => key(t.id ?? -1)));
  const closed = Object.keys(await browser.storage.session.get(null)).filter(
    (k) => k.startsWith(PREFIX) && !open.has(k),
  );
  if (closed.length) await browser.storage.session.remove(closed);
}

/** What was read on a tab, or null: also null once the tab shows another address (what was read there no
 *  longer applies) or is closed. */
export async function getTabStatus(tabId: number): Promise<TabStatus | null> {
  const status = ((await browser.storage.session.get(key(tabId)))[key(tabId)] as TabStatus | undefined) ?? null;
  if (!status) return null;
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (tab?.url === status.url) return status;
  await browser.storage.session.remove(key(tabId));
  return null;
}

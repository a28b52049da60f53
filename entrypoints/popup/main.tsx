import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/Popup';
import { parseSettings, SETTINGS_KEY, siteOf, withSite, type Settings } from '@/utils/notes/settings';
import type { TabStatus } from '@/utils/messages';
import { sendMessage } from '@/utils/send';
import './style.css';

const root = document.getElementById('app')!;

async function readSettings(): Promise<Settings> {
  return parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/** Writes the settings; open pages react through storage.onChanged (notes go or come back at once). */
async function saveSettings(next: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
}

async function start() {
  // The popup may be opened as a page in tests with ?tab=ID; otherwise it describes the active tab.
  const param = new URLSearchParams(location.search).get('tab');
  const active = param ? null : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const tabId = param ? Number(param) : active?.id;
  const reply = tabId === undefined ? null : await sendMessage({ type: 'get-tab-status', tabId });
  const status: TabStatus | null = reply?.status ?? null;
  // The host permission (no `tabs` permission) lets the popup see the address of web pages only: the site.
  const tab = tabId === undefined ? null : await browser.tabs.get(tabId).catch(() => null);
  const site = siteOf(tab?.url ?? status?.url ?? '');
  const draw = (settings: Settings) =>
    render(
      <Popup
        status={status}
        site={site}
        settings={settings}
        onSiteOff={(off) => void update((s) => (site ? withSite(s, site, off) : s))}
        onPause={(paused) => void update((s) => ({ ...s, paused }))}
      />,
      root,
    );
  const update = async (change: (s: Settings) => Settings) => {
    const next = change(await readSettings());
    await saveSettings(next);
    draw(next);
  };
  draw(await readSettings());
}

void start();

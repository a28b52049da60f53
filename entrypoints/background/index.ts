import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { publishHighlightPages } from '@/utils/browser/highlight-pages';
import { store as highlightStore } from './highlights';
import { flushPending } from './highlights-pending';
import { createHighlightMenu, listenForHighlightTriggers } from './highlights-triggers';
import { EXTRA_PACKS_KEY } from './packs';
import { handleMessage } from './routes';
import { publishSpotTerms } from './spot-terms';
import { packsChanged } from './stories';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void publishSpotTerms());
  browser.runtime.onInstalled.addListener(createHighlightMenu);
  listenForHighlightTriggers();
  browser.runtime.onStartup.addListener(() => void publishSpotTerms());
  // The page filter is published after every write; once more here heals one a crash left behind.
  for (const event of [browser.runtime.onInstalled, browser.runtime.onStartup])
    event.addListener(() => void publishHighlightPages(highlightStore).catch(() => undefined));
  // Highlights whose write failed last time are written at the browser's start, not only on the next save.
  browser.runtime.onStartup.addListener(() => void flushPending(highlightStore).catch(() => 0));
  // Pages with notes hold a port only so that its disconnect tells them when this extension is reloaded.
  browser.runtime.onConnect.addListener((port) => void (port.name === 'notes' || port.disconnect()));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(EXTRA_PACKS_KEY in changes)) return;
    void packsChanged();
  });
  // Each message is checked against its type's schema and who may send it, then handled (routes.ts).
  browser.runtime.onMessage.addListener((raw: unknown, sender) => handleMessage(raw, sender));
});

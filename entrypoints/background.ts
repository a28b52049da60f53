import { browser, type Browser } from 'wxt/browser';
import { loadEmbeddedPacks } from '@/utils/embedded-packs';
import { parseMessage, type Message, type Replies, type TabStatus } from '@/utils/messages';
import { deriveSpotTerms } from '@/utils/spot';
import type { StoryPack } from '@/utils/pack/schema';

// Packs load once per service-worker life; a restarted worker reloads them from the extension's files.
let packs: Promise<StoryPack[]> | null = null;
const getPacks = () => (packs ??= loadEmbeddedPacks());

/** Publishes the spot terms where every content script can read them without waking this worker. */
async function publishSpotTerms(): Promise<void> {
  await browser.storage.local.set({ spotStories: deriveSpotTerms(await getPacks()) });
}

const statusKey = (tabId: number) => `tab:${tabId}`;

async function handle(msg: Message, sender: Browser.runtime.MessageSender): Promise<Replies[Message['type']]> {
  switch (msg.type) {
    case 'ping':
      return { ok: true, version: browser.runtime.getManifest().version, stories: (await getPacks()).map((p) => p.story.id) };
    case 'spotted': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: true };
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: ['/content-scripts/article.js'],
      });
      return { ok: true };
    }
    case 'page-read': {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        const status: TabStatus = { url: msg.url, title: msg.title, textLength: msg.textLength, excerpt: msg.excerpt, readAt: Date.now() };
        await browser.storage.session.set({ [statusKey(tabId)]: status });
      }
      return { ok: true };
    }
    case 'get-tab-status': {
      const key = statusKey(msg.tabId);
      const stored = await browser.storage.session.get(key);
      return { ok: true, status: (stored[key] as TabStatus | undefined) ?? null };
    }
  }
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void publishSpotTerms());
  browser.runtime.onStartup.addListener(() => void publishSpotTerms());
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(statusKey(tabId)));
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const msg = parseMessage(raw);
    if (!msg) return undefined; // Not ours or malformed: no reply, so the sender sees an error, not a guess.
    return handle(msg, sender);
  });
});

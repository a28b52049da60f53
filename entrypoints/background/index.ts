import { browser, type Browser } from 'wxt/browser';
import { parseMessage, type Message, type Replies } from '@/utils/messages';
import { alignPage, summarize } from './align';
import { EXTRA_PACKS_KEY, getPacks } from './packs';
import { publishSpotTerms } from './spot-terms';
import { clearTabStatus, getTabStatus, setTabStatus } from './tab-status';
import { handleHighlights, store as highlightStore } from './highlights';
import { handleStories, packsChanged } from './stories';
import { getCoverage } from './coverage';
import { fromExtensionPage } from './sender';
import { publishHighlightPages } from '@/utils/store/highlight-pages';
import { createHighlightMenu, listenForHighlightTriggers } from './highlights-triggers';

type Sender = Browser.runtime.MessageSender;

async function handle(msg: Message, sender: Sender): Promise<Replies[Message['type']]> {
  const tabId = sender.tab?.id;
  switch (msg.type) {
    case 'save-highlight':
    case 'highlights-check':
    case 'highlights-for-page':
    case 'highlights-anchored':
    case 'save-selection':
    case 'update-highlight':
    case 'delete-highlights':
    case 'highlights-command':
      return handleHighlights(msg, sender);
    case 'stories-list':
    case 'story-get':
    case 'story-add-page':
    case 'story-remove-article':
    case 'story-rename':
    case 'story-copy':
    case 'story-delete':
    case 'story-import':
      return handleStories(msg, sender);
    case 'get-coverage':
      if (!fromExtensionPage(sender)) return { ok: false, error: 'coverage is shown only on Sidelight’s own pages' };
      return getCoverage(msg.storyId);
    case 'ping': {
      const stories = (await getPacks()).map((p) => p.story.id);
      return { ok: true, version: browser.runtime.getManifest().version, stories };
    }
    case 'spotted':
      // The heavy article script is injected only into pages that passed the cheap spot test.
      if (tabId !== undefined) {
        await browser.scripting.executeScript({
          target: { tabId, frameIds: [sender.frameId ?? 0] },
          files: ['/content-scripts/article.js'],
        });
      }
      return { ok: true };
    case 'page-read':
      if (tabId !== undefined) {
        const { url, title, textLength, excerpt } = msg;
        await setTabStatus(tabId, { url, title, textLength, excerpt, readAt: Date.now() });
      }
      return { ok: true };
    case 'get-tab-status':
      return { ok: true, status: await getTabStatus(msg.tabId) };
    case 'align-page': {
      const result = await alignPage(msg);
      if (tabId !== undefined && (sender.frameId ?? 0) === 0) {
        const { url, title, text } = msg;
        const base = { url, title, textLength: text.length, excerpt: text.slice(0, 500), readAt: Date.now() };
        await setTabStatus(tabId, { ...base, notes: summarize(result) });
      }
      return { ok: true, result };
    }
  }
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void publishSpotTerms());
  browser.runtime.onInstalled.addListener(createHighlightMenu);
  listenForHighlightTriggers();
  browser.runtime.onStartup.addListener(() => void publishSpotTerms());
  // The page filter is published after every write; once more here heals one a crash left behind.
  for (const event of [browser.runtime.onInstalled, browser.runtime.onStartup])
    event.addListener(() => void publishHighlightPages(highlightStore).catch(() => undefined));
  // Pages with notes hold a port only so that its disconnect tells them when this extension is reloaded.
  browser.runtime.onConnect.addListener((port) => void (port.name === 'notes' || port.disconnect()));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(EXTRA_PACKS_KEY in changes)) return;
    void packsChanged();
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabStatus(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void clearTabStatus(tabId); // A new address: what was read there no longer applies.
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender) => {
    const msg = parseMessage(raw);
    if (!msg) return undefined; // Not ours or malformed: no reply, so the sender sees an error, not a guess.
    return handle(msg, sender);
  });
});

import { browser, type Browser } from 'wxt/browser';
import { canonicalUrl } from '@/utils/highlights/canonical-url';
import type { HighlightMessage, HighlightReplies, SaveFailure } from '@/utils/highlights/messages';
import { newHighlight, normalizeTags } from '@/utils/highlights/new-highlight';
import type { Highlight } from '@/utils/highlights/types';
import { publishingHighlightStore } from '@/utils/store/highlight-pages';
import { describeWriteError, flushPending, keepPending } from './highlights-pending';
import { getTabStatus } from './tab-status';

// The background side of highlights: the only writer of the database on behalf of pages. Pages may read and
// change only their own page's highlights; the library (an extension page) opens the database itself.

type Sender = Browser.runtime.MessageSender;

export const store = publishingHighlightStore();

/** Saved highlights are drawn in this style, as a user stylesheet with !important: page CSS cannot restyle them. */
const HIGHLIGHT_CSS = `
::highlight(sidelight-saved) { background-color: rgba(255, 200, 0, 0.45) !important; color: inherit !important; }
::highlight(sidelight-saved-pending) { background-color: rgba(255, 120, 0, 0.3) !important; text-decoration: underline dashed !important; }
@media (prefers-color-scheme: dark) {
  ::highlight(sidelight-saved) { background-color: rgba(255, 200, 0, 0.35) !important; }
}`;

type DrawerGlobal = { sidelightDrawer?: { alive(): boolean } };

/** Runs the highlights drawer in a frame unless it already runs there; true when it was started now. */
export async function injectDrawer(tabId: number, frameId = 0): Promise<boolean> {
  const target = { tabId, frameIds: [frameId] };
  // The drawer's isolated world is shared with scripts we execute, so its liveness is one cheap probe away.
  const [probe] = await browser.scripting.executeScript({
    target,
    func: () => (globalThis as DrawerGlobal).sidelightDrawer?.alive() ?? false,
  });
  if (probe?.result) return false;
  await browser.scripting.executeScript({ target, files: ['/content-scripts/highlights.js'] });
  await browser.scripting.insertCSS({ target, css: HIGHLIGHT_CSS, origin: 'USER' });
  return true;
}

/** Asks a tab's drawer to act, starting it first if needed (a fresh drawer loads the page's highlights itself). */
export async function commandDrawer(
  tabId: number,
  frameId: number,
  action: 'save-selection' | 'refresh',
): Promise<void> {
  const started = await injectDrawer(tabId, frameId);
  if (action === 'refresh' && started) return;
  await browser.tabs.sendMessage(tabId, { type: 'highlights-command', action }, { frameId });
}

const stripUndefined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** Whether `sender` may change highlight `h`: extension pages may change any, a page only its own. */
function mayChange(sender: Sender, h: Highlight): boolean {
  if (!sender.tab) return sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
  const from = sender.url ?? '';
  return h.canonicalUrl === canonicalUrl(from) || h.url === from.split('#')[0];
}

/** The story whose notes this tab shows for this very page: a selection saved there belongs to it too, so the
 *  library files it under the story and its exports name it. */
async function storyOfPage(tabId: number | undefined, url: string | undefined): Promise<string | undefined> {
  if (tabId === undefined || !url) return undefined;
  const status = await getTabStatus(tabId);
  const page = (u: string) => u.split('#')[0];
  return status && page(status.url) === page(url) ? status.notes?.story?.id : undefined;
}

async function save(
  msg: Extract<HighlightMessage, { type: 'save-highlight' }>,
  sender: Sender,
): Promise<HighlightReplies['save-highlight']> {
  const { type: _type, ...draft } = msg;
  draft.storyId ??= await storyOfPage(sender.tab?.id, sender.url);
  const highlight = newHighlight(draft, crypto.randomUUID(), Date.now());
  try {
    await flushPending(store).catch(() => 0); // Older failures first; a failure there must not block this save.
    await store.put(highlight);
    return { ok: true, highlight };
  } catch (err) {
    const failure: SaveFailure = { ok: false, error: describeWriteError(err), pending: true, highlight };
    try {
      await keepPending(highlight);
    } catch {
      failure.pending = false; // Extension storage is full too: the page keeps it and retries.
    }
    return failure;
  }
}

/** Handles one validated highlight message. */
export async function handleHighlights<M extends HighlightMessage>(
  msg: M,
  sender: Sender,
): Promise<HighlightReplies[HighlightMessage['type']]> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId ?? 0;
  switch (msg.type) {
    case 'save-highlight': {
      const reply = await save(msg, sender);
      if (tabId !== undefined) await commandDrawer(tabId, frameId, 'refresh').catch(() => undefined);
      return reply;
    }
    case 'highlights-check': {
      await flushPending(store).catch(() => 0);
      const count = await store.countByCanonicalUrl(canonicalUrl(msg.url, msg.canonical));
      if (count && tabId !== undefined) await injectDrawer(tabId, frameId);
      return { ok: true, count };
    }
    case 'highlights-for-page': {
      const key = canonicalUrl(msg.url, msg.canonical);
      return { ok: true, canonicalUrl: key, highlights: await store.byCanonicalUrl(key) };
    }
    case 'highlights-anchored':
      await store.markAnchored(msg.results);
      if (tabId !== undefined) {
        const found = msg.results.filter((r) => r.found).length;
        const summary = { found, notFound: msg.results.length - found, ms: msg.ms, at: Date.now() };
        await browser.storage.session.set({ [`highlights:tab:${tabId}`]: summary });
      }
      return { ok: true };
    case 'save-selection':
      if (tabId !== undefined) await commandDrawer(tabId, frameId, 'save-selection');
      return { ok: true };
    case 'update-highlight': {
      const current = await store.get(msg.id);
      if (!current || !mayChange(sender, current)) return { ok: true, highlight: null };
      const edit = { comment: msg.comment, tags: msg.tags && normalizeTags(msg.tags) };
      return { ok: true, highlight: (await store.update(msg.id, stripUndefined(edit))) ?? null };
    }
    case 'delete-highlights': {
      const own = (await Promise.all(msg.ids.map((id) => store.get(id)))).filter(
        (h): h is Highlight => !!h && mayChange(sender, h),
      );
      return { ok: true, deleted: await store.remove(own.map((h) => h.id)) };
    }
    case 'highlights-command':
      return { ok: true }; // Addressed to content scripts; nothing to do here.
  }
}

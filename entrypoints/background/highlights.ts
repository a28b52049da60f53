import { browser } from 'wxt/browser';
import { canonicalUrl } from '@/utils/url/canonical-url';
import { samePage } from '@/utils/url/page-key';
import {
  DeleteHighlightsSchema,
  HighlightsAnchoredSchema,
  HighlightsCheckSchema,
  HighlightsForPageSchema,
  SaveHighlightSchema,
  SaveSelectionSchema,
  UpdateHighlightSchema,
  type HighlightMessageType,
  type SaveFailure,
} from '@/utils/highlights/messages';
import { newHighlight, normalizeTags } from '@/utils/highlights/new-highlight';
import type { Highlight } from '@/utils/highlights/types';
import type { MessageOf, Reply } from '@/utils/messages';
import { publishingHighlightStore } from '@/utils/browser/highlight-pages';
import { commandDrawer, injectDrawer } from './highlights-drawer';
import { describeWriteError, flushPending, keepPending } from './highlights-pending';
import { refuse, route, type Routes } from './router';
import type { PageSender, Sender } from './sender';
import { getTabStatus } from './tab-status';

// The background side of highlights: the only writer of the database on behalf of pages. A page's highlights are
// those filed under its key: the sender's address, or its rel=canonical when that is on the same site. A page
// reads and changes only those; the library (an extension page) opens the database itself.

export const store = publishingHighlightStore();

/** The key a page's highlights are filed under: from the browser's address of the sender, never the message's. */
const filedUnder = (sender: PageSender, canonical: string | undefined) => canonicalUrl(sender.url, canonical);

/**
 * The highlights `ids` names, when `sender` may change them all: an extension page any, a page only those filed
 * under its own key. Null (refused) when a page names one that is not its own, or one that does not exist.
 */
async function owned(ids: readonly string[], sender: Sender, canonical?: string): Promise<Highlight[] | null> {
  const found = await Promise.all(ids.map((id) => store.get(id)));
  if (sender.kind === 'extension-page') return found.filter((h): h is Highlight => !!h);
  const key = filedUnder(sender, canonical);
  return found.every((h) => h?.canonicalUrl === key) ? (found as Highlight[]) : null;
}

const notYours = () => refuse('this page may change only the highlights saved on it');

/** The story whose notes this tab shows for this very page: a selection saved there belongs to it too, so the
 *  library files it under the story and its exports name it. */
async function storyOfPage(sender: PageSender): Promise<string | undefined> {
  const status = await getTabStatus(sender.tabId);
  return status && samePage(status.url, sender.url) ? status.notes?.story?.id : undefined;
}

/**
 * Saves a highlight under the id the page chose (a random UUID), so a save the page retries, its reply lost or
 * the worker restarted meanwhile, finds its first write and writes nothing twice. An id already taken by a
 * highlight of another page is refused, and that highlight neither changed nor shown.
 */
async function save(msg: MessageOf<'save-highlight'>, sender: PageSender): Promise<Reply<'save-highlight'>> {
  const { type: _type, id = crypto.randomUUID(), ...draft } = msg;
  draft.storyId ??= await storyOfPage(sender);
  const highlight = newHighlight({ ...draft, url: sender.url }, id, Date.now());
  try {
    await flushPending(store).catch(() => 0); // Older failures first; a failure there must not block this save.
    const { stored } = await store.add(highlight);
    if (stored.canonicalUrl !== highlight.canonicalUrl) return refuse('this highlight id belongs to another page');
    return { ok: true, highlight: stored };
  } catch (err) {
    const failure: SaveFailure = { ok: false, error: describeWriteError(err), pending: true, highlight };
    try {
      await keepPending(highlight);
    } catch {
      failure.pending = false; // Extension storage is full too: the page keeps it and retries.
    }
    return failure;
  } finally {
    await commandDrawer(sender, 'refresh').catch(() => undefined);
  }
}

const stripUndefined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** The highlight messages: who may send each, and what the background does with it. */
export const highlightRoutes = {
  'save-highlight': route('page', SaveHighlightSchema, save),
  'highlights-check': route('page', HighlightsCheckSchema, async (msg, sender) => {
    await flushPending(store).catch(() => 0);
    const count = await store.countByCanonicalUrl(filedUnder(sender, msg.canonical));
    if (count) await injectDrawer(sender).catch(() => false); // A page that cannot be scripted draws nothing.
    return { ok: true, count };
  }),
  'highlights-for-page': route('page', HighlightsForPageSchema, async (msg, sender) => {
    const key = filedUnder(sender, msg.canonical);
    return { ok: true, canonicalUrl: key, highlights: await store.byCanonicalUrl(key) };
  }),
  'highlights-anchored': route('page', HighlightsAnchoredSchema, async (msg, sender) => {
    if (
      !(await owned(
        msg.results.map((r) => r.id),
        sender,
        msg.canonical,
      ))
    )
      return notYours();
    await store.markAnchored(msg.results);
    const found = msg.results.filter((r) => r.found).length;
    const summary = { found, notFound: msg.results.length - found, ms: msg.ms, at: Date.now() };
    await browser.storage.session.set({ [`highlights:tab:${sender.tabId}`]: summary });
    return { ok: true };
  }),
  'save-selection': route('page', SaveSelectionSchema, async (_msg, sender) => {
    await commandDrawer(sender, 'save-selection');
    return { ok: true };
  }),
  'update-highlight': route('both', UpdateHighlightSchema, async (msg, sender) => {
    const mine = await owned([msg.id], sender, msg.canonical);
    if (!mine) return notYours();
    if (!mine.length) return { ok: true, highlight: null };
    const edit = { comment: msg.comment, tags: msg.tags && normalizeTags(msg.tags) };
    return { ok: true, highlight: (await store.update(msg.id, stripUndefined(edit))) ?? null };
  }),
  'delete-highlights': route('both', DeleteHighlightsSchema, async (msg, sender) => {
    const mine = await owned(msg.ids, sender, msg.canonical);
    if (!mine) return notYours();
    return { ok: true, deleted: await store.remove(mine.map((h) => h.id)) };
  }),
} satisfies Routes<HighlightMessageType>;

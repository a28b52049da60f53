import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { canonicalHref } from '@/utils/dom/page-meta';
import type { Highlight } from '@/utils/highlights/types';
import { parseHighlightsCommand } from '@/utils/highlights/messages';
import type { MessageOf } from '@/utils/messages';
import { sendMessage } from '@/utils/browser/send';
import { anchorAndDraw, clearDrawing } from './draw';
import { watchLateText } from './late-text';
import { selectionToMessage } from '@/utils/dom/highlight-message';
import { createUi, type Card } from './ui';
import { t } from '@/utils/browser/i18n';

// The highlights drawer, injected by the background only into pages that have highlights or when the reader
// saves one: it loads the page's highlights, draws them, finds late-loading ones, and saves selections.

const RETRY_MS = 10_000;
const MAX_RETRIES = 30;

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  noScriptStartedPostMessage: true, // Nothing announced to the page (entrypoints/content.ts).
  async main(ctx) {
    if (ctx.isInvalid) return;
    const g = globalThis as { sidelightDrawer?: { alive(): boolean } };
    g.sidelightDrawer = { alive: () => !ctx.isInvalid };
    ctx.onInvalidated(() => {
      delete g.sidelightDrawer;
      clearDrawing();
    });

    let saved: Highlight[] = [];
    /** Highlights whose save failed everywhere: kept here, drawn apart, and retried. */
    const unsaved = new Map<string, MessageOf<'save-highlight'>>();
    let pendingDrawn: Highlight[] = [];
    let card: Card | null = null;
    let orphans: Highlight[] = [];

    const rerender = () => renderUi({ card, orphans });
    /** The page's rel=canonical, sent with every message about its highlights: their key when on its own site. */
    const canonical = () => {
      const href = canonicalHref();
      return href ? { canonical: href } : {};
    };
    const renderUi = createUi(ctx, {
      edit: (id, edit) =>
        void sendMessage({ type: 'update-highlight', id, ...edit, ...canonical() }).then(() => show(null)),
      remove: (id) => void sendMessage({ type: 'delete-highlights', ids: [id], ...canonical() }).then(() => reload()),
      close: () => show(null),
    });
    const show = (next: Card | null) => {
      card = next;
      rerender();
    };

    /** Draws what is known and reports what was found; returns how many are still missing. */
    const draw = (report: boolean): number => {
      const result = anchorAndDraw(saved, pendingDrawn);
      orphans = result.orphans;
      rerender();
      if (report && saved.length) {
        const results = saved.map((h) => ({ id: h.id, found: !result.orphans.includes(h) }));
        const anchored = { type: 'highlights-anchored' as const, results, ms: result.ms, ...canonical() };
        void sendMessage(anchored).catch(() => undefined);
      }
      return orphans.length;
    };

    const reload = async () => {
      const reply = await sendMessage({ type: 'highlights-for-page', ...canonical() });
      if (ctx.isInvalid) return;
      saved = reply.highlights;
      draw(true);
    };

    /** Saves under `key`, the new highlight's id: every retry sends the same, so none can save it twice. */
    const trySave = async (msg: MessageOf<'save-highlight'>, key: string, attempt = 0): Promise<void> => {
      const reply = await sendMessage({ ...msg, id: key }).catch((err: unknown) => ({
        ok: false as const,
        error: t('highlights_unreachable', [String(err).slice(0, 100)]),
        pending: false,
        highlight: null,
      }));
      if (ctx.isInvalid) return;
      if (reply.ok) {
        unsaved.delete(key);
        pendingDrawn = pendingDrawn.filter((h) => h.id !== key);
        show({ kind: 'saved', highlight: reply.highlight });
        return reload();
      }
      if (!reply.pending) {
        unsaved.set(key, msg);
        if (reply.highlight)
          pendingDrawn = [...pendingDrawn.filter((h) => h.id !== key), { ...reply.highlight, id: key }];
        if (attempt < MAX_RETRIES) ctx.setTimeout(() => void trySave(msg, key, attempt + 1), RETRY_MS);
      }
      draw(false);
      show({
        kind: 'error',
        text: reply.error,
        retry: reply.pending ? undefined : () => void trySave(msg, key, MAX_RETRIES),
      });
    };

    const saveSelection = () => {
      const msg = selectionToMessage();
      if (!msg) return show({ kind: 'info', text: t('highlights_selectFirst') });
      return trySave(msg, crypto.randomUUID());
    };

    browser.runtime.onMessage.addListener((raw: unknown) => {
      const msg = parseHighlightsCommand(raw);
      if (ctx.isInvalid || !msg) return undefined;
      void (msg.action === 'save-selection' ? saveSelection() : reload());
      return Promise.resolve({ ok: true });
    });

    await reload();
    if (orphans.length)
      watchLateText(
        ctx,
        () => draw(false),
        () => draw(true),
      );
    return 'started';
  },
});

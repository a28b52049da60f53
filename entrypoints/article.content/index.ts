import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticle } from '@/utils/extract/article';
import { notesAllowed, parseSettings, SETTINGS_KEY } from '@/utils/notes/settings';
import { sendMessage } from '@/utils/browser/send';
import { readAndWatch } from '@/utils/browser/watch-storage';
import { fillDifferences } from './differences';
import { showNotes } from './show-notes';

// Injected by the background only into pages the cheap spot test flagged: extracts the article, asks the engine
// in the service worker to align it, and draws the notes. Everything it starts is tied to `ctx`, so a reloaded
// extension or a newer injection (single-page navigation) leaves nothing behind.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  noScriptStartedPostMessage: true, // Nothing announced to the page (entrypoints/content.ts).
  cssInjectionMode: 'manual',
  main(ctx) {
    void run(ctx).catch((e: unknown) => {
      // A context invalidated mid-flight (extension reloaded) rejects its pending messages: not an error.
      if (!ctx.isInvalid) console.warn('Sidelight: notes unavailable:', e);
    });
  },
});

async function run(ctx: ContentScriptContext): Promise<void> {
  // Switched off for this site or paused everywhere from the popup, even while the page is still being read and
  // aligned: the notes go at once (everything they start is tied to ctx).
  const allowed = (settings: unknown) => notesAllowed(parseSettings(settings), location.href);
  const { values, stop } = await readAndWatch(browser.storage, [SETTINGS_KEY], (changed) => {
    if (!allowed(changed[SETTINGS_KEY])) ctx.abort('notes switched off');
  });
  ctx.onInvalidated(stop);
  if (ctx.isInvalid || !allowed(values[SETTINGS_KEY])) return;
  const article = extractArticle(document);
  if (!article || ctx.isInvalid) return;
  const reply = await sendMessage({
    type: 'align-page',
    title: article.title.slice(0, 2000),
    text: article.text.slice(0, 500_000),
  });
  if (ctx.isInvalid || !reply?.result?.claims.length) return;
  // Asked before the notes are drawn, so the worker finds them while the page draws.
  const differences = fillDifferences(reply.result.claims);
  await showNotes(ctx, article.text, reply.result, { languages: reply.languages, differences });
}

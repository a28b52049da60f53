import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { samePage } from '@/utils/url/page-key';

// Keeps the notes true to a live page: relayout when it resizes or reflows, re-anchor when late content
// replaces the article's nodes, follow the pointer over claims, take the keyboard shortcut, and leave on
// single-page navigation. Every listener and observer is tied to `ctx`; the mutation work is debounced and
// bounded so a page that never stops changing costs a fixed amount.

/** Mutation batches handled before the observer gives up (a ticker or live blog changes forever). */
const MUTATION_BUDGET = 40;
const MUTATION_DEBOUNCE_MS = 300;

export interface PageHooks {
  host: Element;
  relayout(): void;
  /** Re-finds claims whose ranges were detached; true when it did. */
  reanchor(): boolean;
  /** The pointer moved to window coordinates (x, y). */
  hover(x: number, y: number): void;
  /** The shortcut (Alt+Shift+N) was pressed. */
  enter(): void;
}

/** Starts watching the page for the notes' sake; everything stops when `ctx` is invalidated. */
export function watchPage(ctx: ContentScriptContext, h: PageHooks): void {
  let frame = 0;
  const schedule = () => {
    if (!frame) frame = ctx.requestAnimationFrame(() => ((frame = 0), h.relayout()));
  };
  ctx.addEventListener(window, 'resize', schedule, { passive: true });
  const resizes = new ResizeObserver(schedule);
  resizes.observe(document.body);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let budget = MUTATION_BUDGET;
  const mutations = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (ctx.isInvalid) return;
      if (--budget <= 0) mutations.disconnect();
      h.reanchor();
      schedule();
    }, MUTATION_DEBOUNCE_MS);
  });
  mutations.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    resizes.disconnect();
    mutations.disconnect();
    clearTimeout(timer);
  });

  let pointer: { x: number; y: number } | null = null;
  ctx.addEventListener(
    document,
    'pointermove',
    (e: PointerEvent) => {
      if (!pointer) ctx.requestAnimationFrame(() => (pointer && h.hover(pointer.x, pointer.y), (pointer = null)));
      pointer = { x: e.clientX, y: e.clientY };
    },
    { passive: true },
  );

  ctx.addEventListener(
    window,
    'keydown',
    (e: KeyboardEvent) => {
      // Only the person's own key: a page's script must not pull focus into the notes.
      if (!e.isTrusted || !e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || e.code !== 'KeyN') return;
      e.preventDefault();
      h.enter();
    },
    { capture: true },
  );

  // The extension reloaded or updated: its old scripts lose their runtime. The port's disconnect says so at
  // once; reading ctx.isInvalid on scroll and visibility changes catches it too (WXT then runs onInvalidated).
  const check = () => void ctx.isInvalid;
  try {
    // The runtime may still look alive when the disconnect arrives: look again a moment later.
    const again = () => [0, 500, 2000].forEach((ms) => setTimeout(check, ms));
    browser.runtime.connect({ name: 'notes' }).onDisconnect.addListener(again);
  } catch {
    check();
  }
  ctx.addEventListener(window, 'scroll', check, { passive: true });
  ctx.addEventListener(document, 'visibilitychange', check);

  // A new document in a single-page app: these notes belong to the old one. (Only the path and query count;
  // a #fragment change is the same article.)
  const at = location.href;
  ctx.addEventListener(window, 'wxt:locationchange', (e) => {
    if (!samePage(e.newUrl.href, at)) ctx.abort('navigated');
  });
}

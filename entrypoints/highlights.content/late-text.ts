import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// Pages load text late (paywalls lifting, "read more", client rendering). While some highlights are missing,
// changes to the page re-run anchoring, debounced, and only for a bounded time so a busy page is not taxed.

const DEBOUNCE_MS = 300;
const WATCH_MS = 30_000;

/** Calls `retry` after page changes settle, while it returns a count > 0 and for at most WATCH_MS; `done` once. */
export function watchLateText(ctx: ContentScriptContext, retry: () => number, done: () => void): void {
  let timer = 0;
  let stopped = false;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      if (retry() === 0) stop();
    }, DEBOUNCE_MS);
  });
  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    clearTimeout(timer);
    if (!ctx.isInvalid) done();
  };
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.setTimeout(stop, WATCH_MS);
  ctx.onInvalidated(() => {
    stopped = true;
    observer.disconnect();
  });
}

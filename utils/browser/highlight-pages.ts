// Browser adapter: browser.storage.local, where the highlights page filter is published for content scripts.
import { browser } from 'wxt/browser';
import { buildPageFilter, HIGHLIGHT_PAGES_KEY } from '../highlights/page-filter';
import { HighlightStore } from './highlights-store';

// Keeps the published page filter (utils/highlights/page-filter.ts) true to the store: every context that
// writes highlights (the service worker, the library) publishes after its writes. Publications are queued,
// so a later one always lands last.

let queue: Promise<void> = Promise.resolve();

/** Publishes the filter of the pages that have highlights now. */
export function publishHighlightPages(store: HighlightStore): Promise<void> {
  queue = queue
    .catch(() => undefined)
    .then(async () => {
      const filter = buildPageFilter(await store.canonicalUrls());
      await browser.storage.local.set({ [HIGHLIGHT_PAGES_KEY]: filter });
    });
  return queue;
}

/** A highlight store that publishes the page filter after each write. */
export function publishingHighlightStore(): HighlightStore {
  const store: HighlightStore = new HighlightStore(undefined, () => publishHighlightPages(store));
  return store;
}

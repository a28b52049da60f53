import type { Browser } from 'wxt/browser';

// The senders the browser reports, as the background's unit tests fake them (fakeBrowser's runtime id).

export const EXTENSION_ID = 'test-extension-id';

/** A content script of the web page at `url` (a tab's top frame unless `frameId` says otherwise). */
export function pageSender(url: string, over: Partial<Browser.runtime.MessageSender> = {}) {
  return { id: EXTENSION_ID, url, tab: { id: 7 } as Browser.tabs.Tab, frameId: 0, documentId: 'doc-7', ...over };
}

/** One of Sidelight's own pages, such as the library (in a tab, as the e2e tests open them). */
export function extensionSender(page = 'library.html') {
  return { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/${page}`, tab: { id: 3 } as Browser.tabs.Tab };
}

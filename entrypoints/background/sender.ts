import { browser, type Browser } from 'wxt/browser';

// Who sent a message, as the browser (not the message) says. Every message type names who may send it
// (router.ts); a handler then receives one of these, so the page a message concerns is always the sender's own.

/** A content script of a web page: the page it concerns is the document it runs in. */
export interface PageSender {
  kind: 'page';
  tabId: number;
  frameId: number;
  /** The sending document (Chromium): injection goes to it, never to a document the frame has navigated to since. */
  documentId?: string;
  /** The document's address, from the browser. */
  url: string;
}

/** One of Sidelight's own pages (popup, stories, coverage, library), in a tab or not. */
export interface ExtensionPageSender {
  kind: 'extension-page';
  url: string;
}

export type Sender = PageSender | ExtensionPageSender;

/** Who may send a message type: Sidelight's own pages, content scripts of web pages, or both. */
export type SenderRule = 'extension-page' | 'page' | 'both';

/** The sender a handler under `R` receives. */
export type SenderFor<R extends SenderRule> = R extends 'page'
  ? PageSender
  : R extends 'extension-page'
    ? ExtensionPageSender
    : Sender;

const isWebAddress = (url: string) => /^https?:\/\//i.test(url) && URL.canParse(url);

/** What the browser says sent a message; null for anything that is neither of Sidelight's two kinds of sender. */
export function senderOf(sender: Browser.runtime.MessageSender): Sender | null {
  if (sender.id !== browser.runtime.id || !sender.url) return null;
  if (sender.url.startsWith(browser.runtime.getURL('/'))) return { kind: 'extension-page', url: sender.url };
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId === undefined || !isWebAddress(sender.url)) return null;
  const { frameId, url, documentId } = sender;
  return { kind: 'page', tabId, frameId, url, ...(documentId && { documentId }) };
}

/** True when `sender` is one that `rule` admits. */
export function admits<R extends SenderRule>(rule: R, sender: Sender): sender is SenderFor<R> {
  return rule === 'both' || rule === sender.kind;
}

/**
 * Where to inject for a page: the very document that asked (its documentId, where the browser gives one), never
 * whatever the frame shows by the time the injection runs; else the frame.
 */
export function injectionTarget({ tabId, frameId, documentId }: Pick<PageSender, 'tabId' | 'frameId' | 'documentId'>) {
  return documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
}

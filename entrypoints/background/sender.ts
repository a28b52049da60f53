import { browser, type Browser } from 'wxt/browser';

/**
 * True for messages from Sidelight's own pages (popup, stories, coverage, library), never a content script:
 * what only the person may see or change is answered only there.
 */
export function fromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return !!sender.url && sender.url.startsWith(browser.runtime.getURL('/'));
}

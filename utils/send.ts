import { browser } from 'wxt/browser';
import type { Message, Replies } from './messages';

/** Sends a typed message to the background and returns its typed reply. */
export function sendMessage<M extends Message>(message: M): Promise<Replies[M['type']]> {
  return browser.runtime.sendMessage(message) as Promise<Replies[M['type']]>;
}

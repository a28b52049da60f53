// Browser adapter: runtime messaging (browser.runtime.sendMessage), typed by the message tables, refusals thrown.
import { browser } from 'wxt/browser';
import { isRefusal, type MessageOf, type MessageType, type Replies } from '../messages';
import { t } from './i18n';

/** A message the background refused (its sender may not send it, or it named highlights of another page). */
export class RefusedError extends Error {
  override name = 'RefusedError';
}

/**
 * Sends a typed message to the background and returns its typed reply; rejects with `RefusedError` when the
 * background refuses it, so callers handle a refusal where they already handle an unreachable background.
 */
export async function sendMessage<T extends MessageType>(message: MessageOf<T>): Promise<Replies[T]> {
  const reply: unknown = await browser.runtime.sendMessage(message);
  if (isRefusal(reply)) throw new RefusedError(reply.error);
  return reply as Replies[T];
}

/** What to tell the person when a message failed: the background refused it, or could not be reached. */
export function sendErrorText(err: unknown): string {
  const detail = err instanceof Error ? err.message : String(err);
  if (err instanceof RefusedError) return t('send_refused', [detail]);
  return t('send_noAnswer', [detail.slice(0, 200)]);
}

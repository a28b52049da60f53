import * as v from 'valibot';
import type { Browser } from 'wxt/browser';
import type { Message, MessageOf, MessageType, Refusal, Reply } from '@/utils/messages';
import { admits, senderOf, type Sender, type SenderFor, type SenderRule } from './sender';

// The one door into the background. Each domain (highlights.ts, stories.ts, page.ts, coverage.ts) declares its
// messages in a table: each type's schema, who may send it and its handler. The router is built from the tables:
// a message is answered only when its type has a route, it passes that route's schema, and the browser says its
// sender is one the route admits. A handler never sees anything else.

/** One message type's entry in a domain's table. */
export interface Route<T extends MessageType> {
  from: SenderRule;
  schema: v.GenericSchema<unknown, MessageOf<T>>;
  /** Called only with a message that passed `schema`, from a sender that `from` admits. */
  handle(msg: MessageOf<T>, sender: Sender): Promise<Reply<T>>;
}

/** A domain's table: a route for each of its message types, and no other. */
export type Routes<T extends MessageType> = { [K in T]: Route<K> };

/** Declares a route; the handler's sender is typed by `from` (a page's handler gets the page). */
export function route<S extends v.GenericSchema<unknown, Message>, R extends SenderRule>(
  from: R,
  schema: S,
  handle: (msg: v.InferOutput<S>, sender: SenderFor<R>) => Promise<Reply<v.InferOutput<S>['type']>>,
): Route<v.InferOutput<S>['type']> {
  // `schema`'s output is the message of its own type, and the router calls `handle` only with a sender `from`
  // admits: both narrowings are sound, but TypeScript cannot follow them through the generic.
  type Made = Route<v.InferOutput<S>['type']>;
  return { from, schema: schema as unknown as Made['schema'], handle: handle as unknown as Made['handle'] };
}

/** The reply to a sender that may not send what it sent. */
export function refuse(error: string): Refusal {
  return { ok: false, refused: true, error };
}

type AnyRoute = Route<MessageType>;

/**
 * The background's message listener, built from the domains' tables (a type in two tables is a mistake, thrown
 * at start). Returns undefined, so no reply, for a message that is not ours or is malformed: the sender sees an
 * error, not a guess. A well-formed message from a sender its route does not admit gets a `Refusal`.
 */
export function createRouter(
  ...tables: Partial<Routes<MessageType>>[]
): (raw: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown> | undefined {
  const routes = new Map<string, AnyRoute>();
  for (const table of tables) {
    for (const [type, entry] of Object.entries(table)) {
      if (routes.has(type)) throw new Error(`message type "${type}" has two routes`);
      routes.set(type, entry as AnyRoute);
    }
  }
  return (raw, browserSender) => {
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    const entry = typeof type === 'string' ? routes.get(type) : undefined;
    if (!entry) return undefined;
    const parsed = v.safeParse(entry.schema, raw);
    if (!parsed.success) return undefined;
    const sender = senderOf(browserSender);
    if (!sender || !admits(entry.from, sender)) {
      const who = entry.from === 'page' ? 'a web page’s content script' : 'Sidelight’s own pages';
      return Promise.resolve(refuse(`“${type}” is accepted only from ${entry.from === 'both' ? 'Sidelight' : who}`));
    }
    return entry.handle(parsed.output, sender);
  };
}

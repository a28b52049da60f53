import type * as v from 'valibot';
import type { coverageMessageSchemas, CoverageReplies } from './coverage/messages';
import type { highlightMessageSchemas, HighlightReplies } from './highlights/messages';
import type { pageMessageSchemas, PageReplies } from './notes/messages';
import type { storyMessageSchemas, StoryReplies } from './stories/messages';

// The messages the background receives, one union of the domains' declarations (each domain's file says what
// its messages are for). The background routes each type to the handler its domain's table names, after
// checking the message against its schema and the sender against who may send it (entrypoints/background/).

export type { NotesSummary, TabStatus } from './notes/messages';

type MessageSchemas = [
  ...typeof highlightMessageSchemas,
  ...typeof storyMessageSchemas,
  ...typeof pageMessageSchemas,
  ...typeof coverageMessageSchemas,
];

export type Message = v.InferOutput<MessageSchemas[number]>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** The reply each message type gets when its sender may send it. */
export interface Replies extends HighlightReplies, StoryReplies, PageReplies, CoverageReplies {}

/** The reply to a well-formed message from a sender that may not send it (or about highlights it does not own). */
export interface Refusal {
  ok: false;
  refused: true;
  error: string;
}

/** What the sender of a `T` message gets back. */
export type Reply<T extends MessageType> = Replies[T] | Refusal;

/** True for a refusal (as opposed to a reply, which may itself say `ok: false` for its own reasons). */
export function isRefusal(reply: unknown): reply is Refusal {
  return typeof reply === 'object' && reply !== null && (reply as Partial<Refusal>).refused === true;
}

import * as v from 'valibot';
import { highlightMessageSchemas, type HighlightReplies } from './highlights/messages';
import type { AlignResult } from './engine/types';
import type { Coverage } from './coverage/types';
import { storyMessageSchemas, type StoryReplies } from './stories/messages';

// Every message between contexts is declared here once. Receivers validate with `parseMessage`, because a
// message may come from a stale content script of an older build, or from a compromised page context.

const AlignPageSchema = v.strictObject({
  type: v.literal('align-page'),
  url: v.pipe(v.string(), v.maxLength(8192)),
  title: v.pipe(v.string(), v.maxLength(2000)),
  /** The extracted article text; long enough for any article, bounded so a hostile page cannot flood the worker. */
  text: v.pipe(v.string(), v.maxLength(500_000)),
});

const PingSchema = v.strictObject({ type: v.literal('ping') });

const SpottedSchema = v.strictObject({
  type: v.literal('spotted'),
  /** Which story terms the cheap first test found on the page. */
  terms: v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(200)),
});

const PageReadSchema = v.strictObject({
  type: v.literal('page-read'),
  url: v.pipe(v.string(), v.maxLength(8192)),
  title: v.pipe(v.string(), v.maxLength(2000)),
  textLength: v.pipe(v.number(), v.integer(), v.minValue(0)),
  excerpt: v.pipe(v.string(), v.maxLength(500)),
});

const GetTabStatusSchema = v.strictObject({
  type: v.literal('get-tab-status'),
  tabId: v.pipe(v.number(), v.integer()),
});

const GetCoverageSchema = v.strictObject({
  type: v.literal('get-coverage'),
  storyId: v.pipe(v.string(), v.minLength(1), v.maxLength(128)),
});

export const MessageSchema = v.variant('type', [
  ...highlightMessageSchemas,
  ...storyMessageSchemas,
  PingSchema,
  SpottedSchema,
  PageReadSchema,
  GetTabStatusSchema,
  AlignPageSchema,
  GetCoverageSchema,
]);

export type Message = v.InferOutput<typeof MessageSchema>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

/** What the background knows about one tab; the popup shows it and e2e tests read it. */
export interface TabStatus {
  url: string;
  title: string;
  textLength: number;
  excerpt: string;
  readAt: number;
  /** Set once the page was aligned: the story found (null: none) and what the notes link. */
  notes?: NotesSummary;
}

/** What the side notes found on a page, for the popup. */
export interface NotesSummary {
  story: { id: string; title: string } | null;
  /** Other stories detected on the page too (a page may belong to several); the notes follow `story`. */
  alsoIn?: { id: string; title: string }[];
  claims: number;
  linked: number;
  /** The outlets the linked claims point to, with how many claims each. */
  sources: { outlet: string; claims: number }[];
}

/** The reply each message type gets. */
export interface Replies extends HighlightReplies, StoryReplies {
  ping: { ok: true; version: string; stories: string[] };
  spotted: { ok: true };
  'page-read': { ok: true };
  'get-tab-status': { ok: true; status: TabStatus | null };
  /** `result` is null when the page belongs to no known story. */
  'align-page': { ok: true; result: AlignResult | null };
  'get-coverage': { ok: true; coverage: Coverage } | { ok: false; error: string };
}

/** Validates an incoming message; returns null for anything that is not a known, well-formed message. */
export function parseMessage(input: unknown): Message | null {
  const result = v.safeParse(MessageSchema, input);
  return result.success ? result.output : null;
}

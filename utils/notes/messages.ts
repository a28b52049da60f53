// The messages of reading a page for its side notes, declared once here and joined into the one message union
// in utils/messages.ts. The page they concern is the one the sending content script runs in: the background
// takes its address from the sender, never from the message.
import * as v from 'valibot';
import type { AlignResult, Difference } from '../engine';
import type { PassageLanguages } from './passage-languages';
import { MAX_ARTICLE_CHARS, MAX_DIFFERENCE_CHARS, MAX_DIFFERENCE_PAIRS, tooLong, tooMany } from '../limits';
import { boundedString } from '../well-formed';

/** The article script asks for the notes of the article it extracted. */
export const AlignPageSchema = v.strictObject({
  type: v.literal('align-page'),
  title: boundedString(2000),
  /** The extracted article text; long enough for any article, bounded so a hostile page cannot flood the worker. */
  text: boundedString(MAX_ARTICLE_CHARS),
});

/** Texts' characters in all, for the bound on a message's total. */
const charsOf = (pairs: readonly (readonly [string, string])[]): number =>
  pairs.reduce((n, [claim, passage]) => n + claim.length + passage.length, 0);

/** The article script asks for the differences of the links its notes show (the alignment leaves them out, so the
 *  notes are drawn first): each pair is a claim of the page and a passage linked to it. */
export const FindDifferencesSchema = v.strictObject({
  type: v.literal('find-differences'),
  pairs: v.pipe(
    v.array(v.tuple([boundedString(MAX_ARTICLE_CHARS), boundedString(MAX_ARTICLE_CHARS)])),
    v.maxLength(MAX_DIFFERENCE_PAIRS, tooMany(MAX_DIFFERENCE_PAIRS, 'pairs')),
    v.check((pairs) => charsOf(pairs) <= MAX_DIFFERENCE_CHARS, `${tooLong(MAX_DIFFERENCE_CHARS)} in all`),
  ),
});

/** The always-on content script found a known story's names on its page: the background injects the article script. */
export const SpottedSchema = v.strictObject({ type: v.literal('spotted') });

/** An extension page asks whether the background answers, and with which stories. */
export const PingSchema = v.strictObject({ type: v.literal('ping') });

/** The popup asks what was read on a tab. */
export const GetTabStatusSchema = v.strictObject({
  type: v.literal('get-tab-status'),
  tabId: v.pipe(v.number(), v.integer()),
});

/** Every page and notes message schema, for the union in utils/messages.ts. */
export const pageMessageSchemas = [
  AlignPageSchema,
  FindDifferencesSchema,
  SpottedSchema,
  PingSchema,
  GetTabStatusSchema,
] as const;

export type PageMessageType = v.InferOutput<(typeof pageMessageSchemas)[number]>['type'];

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

/** The reply each page and notes message gets. */
export interface PageReplies {
  ping: { ok: true; version: string; stories: string[] };
  spotted: { ok: true };
  'get-tab-status': { ok: true; status: TabStatus | null };
  /** `result` is null when the page belongs to no known story; `languages` comes with a result. */
  'align-page': { ok: true; result: AlignResult | null; languages?: PassageLanguages };
  /** One list per pair asked about, in the same order. */
  'find-differences': { ok: true; differences: Difference[][] };
}

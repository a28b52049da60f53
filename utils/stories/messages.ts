import * as v from 'valibot';
import type { StoryPack } from '../pack/schema';
import type { ArticleDetail } from './correct';

// Messages that read and edit stories. Only Sidelight's own extension pages (the popup, the stories page, the
// library, the coverage view) may send them; the background checks the sender, so no web page's content script
// can read or change a story.

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(128));
const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Lists the stories; with `tabId`, also which of them hold that tab's page. */
export const StoriesListSchema = v.strictObject({ type: v.literal('stories-list'), tabId: v.optional(tabId) });
export const StoryGetSchema = v.strictObject({ type: v.literal('story-get'), storyId: id });
export const StoryAddPageSchema = v.strictObject({
  type: v.literal('story-add-page'),
  tabId,
  /** An existing story, or absent to start a new story titled `newTitle` from this page. */
  storyId: v.optional(id),
  newTitle: v.optional(v.pipe(v.string(), v.maxLength(300))),
});
export const StoryRemoveArticleSchema = v.strictObject({
  type: v.literal('story-remove-article'),
  storyId: id,
  articleId: id,
});
export const StoryRenameSchema = v.strictObject({
  type: v.literal('story-rename'),
  storyId: id,
  title: v.pipe(v.string(), v.maxLength(300)),
});
/**
 * A corrected detail as the form sends it. Bounded so a huge value is never handled, but looser than the check
 * (utils/stories/correct.ts), which collapses spaces first and names the field whose value is too long.
 */
const detail = v.pipe(v.string(), v.maxLength(2_000));
/** Corrects an article's details; an emptied optional one (title, author, date) is removed. */
export const StoryCorrectArticleSchema = v.strictObject({
  type: v.literal('story-correct-article'),
  storyId: id,
  articleId: id,
  details: v.strictObject({ title: detail, outlet: detail, author: detail, date: detail, language: detail }),
});
export const StoryCopySchema = v.strictObject({ type: v.literal('story-copy'), storyId: id });
export const StoryDeleteSchema = v.strictObject({ type: v.literal('story-delete'), storyId: id });
export const StoryImportSchema = v.strictObject({
  type: v.literal('story-import'),
  /** The pack as read from a file: validated again in the background before anything is written. */
  pack: v.unknown(),
  onConflict: v.picklist(['ask', 'replace', 'copy']),
});

/** Every story message schema, for the union in utils/messages.ts. */
export const storyMessageSchemas = [
  StoriesListSchema,
  StoryGetSchema,
  StoryAddPageSchema,
  StoryRemoveArticleSchema,
  StoryRenameSchema,
  StoryCorrectArticleSchema,
  StoryCopySchema,
  StoryDeleteSchema,
  StoryImportSchema,
] as const;

export type StoryMessageType = v.InferOutput<(typeof storyMessageSchemas)[number]>['type'];

/** A story as the popup and the stories page list it. */
export interface StorySummary {
  id: string;
  title: string;
  /** Each article's details as the stories page shows them (and lets a person correct them). */
  articles: {
    id: string;
    outlet: string;
    title?: string;
    url: string | null;
    author?: string;
    date?: string;
    language: string;
  }[];
  /** Built into the extension: it can be copied and exported, not edited. */
  readOnly: boolean;
}

export type StoryEditReply = { ok: true; story: StorySummary } | { ok: false; error: string };

export interface StoryReplies {
  /** `pageIn`: the ids of the stories holding the tab's page (when a tab was given and it was read). */
  'stories-list': { ok: true; stories: StorySummary[]; pageIn: string[] };
  'story-get': { ok: true; pack: StoryPack } | { ok: false; error: string };
  'story-add-page': StoryEditReply;
  'story-remove-article': StoryEditReply;
  'story-rename': StoryEditReply;
  /** `field`: the detail that was refused, so the form can mark it. */
  'story-correct-article': StoryEditReply | { ok: false; error: string; field?: ArticleDetail };
  'story-copy': StoryEditReply;
  'story-delete': { ok: true } | { ok: false; error: string };
  'story-import':
    | StoryEditReply
    | { ok: false; error: string; field: string }
    | { ok: false; error: string; conflict: { id: string; title: string; readOnly: boolean } };
}

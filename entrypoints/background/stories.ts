import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { checkStoryPack, parseStoryPack } from '@/utils/pack/parse';
import type { StoryPack } from '@/utils/pack/schema';
import {
  addArticle,
  copyStory,
  newStory,
  removeArticle,
  renameStory,
  storiesWithUrl,
  type EditResult,
} from '@/utils/stories/edit';
import { correctArticle } from '@/utils/stories/correct';
import { planImport, type OnConflict } from '@/utils/stories/merge';
import {
  StoriesListSchema,
  StoryAddPageSchema,
  StoryCopySchema,
  StoryCorrectArticleSchema,
  StoryDeleteSchema,
  StoryGetSchema,
  StoryImportSchema,
  StoryRemoveArticleSchema,
  StoryRenameSchema,
  type StoryMessageType,
  type StoryReplies,
  type StorySummary,
} from '@/utils/stories/messages';
import { PageArticleSchema, toPackArticle, type PageArticle } from '@/utils/stories/page-article';
import type { MessageOf } from '@/utils/messages';
import { serialQueue } from '@/utils/serial';
import { forgetIndex } from './align';
import { forgetPacks, getSourcedPacks, storyStore, type SourcedPack } from './packs';
import { route, type Routes } from './router';
import { publishSpotTerms } from './spot-terms';
import { t } from '@/utils/browser/i18n';
import { problemWords } from '@/utils/browser/problem-words';

// Building and sharing stories. Every edit is computed on a copy (utils/stories/edit.ts), validated as a pack,
// and written whole in one IndexedDB transaction; only then are the packs, the engine index and the spot
// terms refreshed, so a page of the story reloaded (or read next) gets notes from the new story.
// Every change runs through one queue, from reading the story to forgetting the loaded packs: an edit reads the
// story only after the edit before it is written, so two quick "Remove" clicks, or an add while renaming, keep
// both changes, and two new stories or copies made at once get two ids.

/** Story writes, one at a time (utils/serial.ts). */
const serially = serialQueue();

const summary = ({ pack, source }: SourcedPack): StorySummary => ({
  id: pack.story.id,
  title: pack.story.title,
  articles: pack.articles.map(({ id, outlet, title, url, author, date, language }) => ({
    id,
    outlet,
    url,
    language,
    ...(title && { title }),
    ...(author && { author }),
    ...(date && { date }),
  })),
  readOnly: source !== 'user',
});

async function findStory(storyId: string): Promise<SourcedPack | undefined> {
  return (await getSourcedPacks()).find((p) => p.pack.story.id === storyId);
}

/** Validates and writes a story, then refreshes everything derived from the packs. */
async function save(pack: StoryPack): Promise<StoryReplies['story-rename']> {
  const checked = parseStoryPack(pack);
  if (!checked.ok) return { ok: false, error: checked.error };
  await storyStore.put(checked.value);
  await packsChanged();
  return { ok: true, story: summary({ pack: checked.value, source: 'user' }) };
}

/** The packs changed (a story edited, extra packs stored): reload them, rebuild the index, republish the terms. */
export async function packsChanged(): Promise<void> {
  forgetPacks();
  forgetIndex();
  await publishSpotTerms();
}

/** Edits a story of the person's own; read-only stories are refused (copy them first). */
function edit(storyId: string, change: (pack: StoryPack) => EditResult) {
  return serially(async () => {
    const found = await findStory(storyId);
    if (!found) return { ok: false as const, error: t('error_noStory', [storyId]) };
    if (found.source !== 'user') return { ok: false as const, error: t('error_builtIn') };
    const result = change(found.pack);
    return result.ok ? save(result.pack) : result;
  });
}

/** A web page's address (the host permission shows http(s) addresses only, no `tabs` permission needed). */
async function tabUrl(tabId: number): Promise<string | undefined> {
  return (await browser.tabs.get(tabId).catch(() => undefined))?.url;
}

/** Reads the article in a tab with the extraction-only script (works on pages without the article script). */
async function readTab(tabId: number): Promise<{ ok: true; page: PageArticle } | { ok: false; error: string }> {
  let raw: unknown;
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      files: ['/content-scripts/extract.js'],
    });
    raw = frame?.result;
  } catch (e) {
    return { ok: false, error: t('error_unreadablePage', [(e as Error).message]) };
  }
  if (raw === null || raw === undefined) return { ok: false, error: t('error_noArticle') };
  const parsed = v.safeParse(PageArticleSchema, raw);
  if (!parsed.success) return { ok: false, error: t('error_unreadableArticle', [parsed.issues[0].message]) };
  return { ok: true, page: parsed.output };
}

/** Adds the tab's page to a story, then reads the page's notes again: the page shows them without a reload. */
async function addPage(msg: MessageOf<'story-add-page'>): Promise<StoryReplies['story-add-page']> {
  const reply = await addPageToStory(msg);
  if (reply.ok) await redrawNotes(msg.tabId);
  return reply;
}

/** A newer article script replaces the page's old one and its notes (the new one invalidates the old context). */
async function redrawNotes(tabId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/content-scripts/article.js'] });
  } catch {
    // Added all the same: a page that cannot be scripted (or is gone) gets its notes when it is next read.
  }
}

async function addPageToStory(msg: MessageOf<'story-add-page'>): Promise<StoryReplies['story-add-page']> {
  const read = await readTab(msg.tabId); // Outside the queue: reading a page takes a while and writes nothing.
  if (!read.ok) return read;
  if (msg.storyId !== undefined) {
    const storyId = msg.storyId;
    return edit(storyId, (pack) =>
      addArticle(
        pack,
        toPackArticle(
          read.page,
          pack.articles.map((a) => a.id),
        ),
      ),
    );
  }
  const article = toPackArticle(read.page, []);
  return serially(async () => {
    const taken = (await getSourcedPacks()).map((p) => p.pack.story.id);
    const created = newStory(msg.newTitle?.trim() || read.page.title, article, taken);
    return created.ok ? save(created.pack) : created;
  });
}

async function importPack(msg: MessageOf<'story-import'>): Promise<StoryReplies['story-import']> {
  const parsed = checkStoryPack(msg.pack);
  if (!parsed.ok) return { ok: false, field: parsed.problem.field, error: problemWords(parsed.problem) };
  return serially(() => importParsed(parsed.value, msg.onConflict));
}

async function importParsed(pack: StoryPack, onConflict: OnConflict): Promise<StoryReplies['story-import']> {
  const all = await getSourcedPacks();
  const taken = new Set(all.map((p) => p.pack.story.id));
  const readOnly = new Set(all.filter((p) => p.source !== 'user').map((p) => p.pack.story.id));
  const plan = planImport(pack, taken, readOnly, onConflict);
  if (plan.kind === 'conflict') {
    const { id, title, readOnly: ro } = plan;
    return { ok: false, error: t('error_storyExists', [id]), conflict: { id, title, readOnly: ro } };
  }
  if (plan.kind === 'refused') return { ok: false, error: plan.error };
  return save(plan.pack);
}

/** The story messages: only Sidelight's own pages read and edit stories. */
export const storyRoutes = {
  'stories-list': route('extension-page', StoriesListSchema, async (msg) => {
    const all = await getSourcedPacks();
    const url = msg.tabId === undefined ? undefined : await tabUrl(msg.tabId);
    const pageIn = url
      ? storiesWithUrl(
          all.map((p) => p.pack),
          url,
        )
      : [];
    return { ok: true, stories: all.map(summary), pageIn };
  }),
  'story-get': route('extension-page', StoryGetSchema, async (msg) => {
    const found = await findStory(msg.storyId);
    return found ? { ok: true, pack: found.pack } : { ok: false, error: t('error_noStory', [msg.storyId]) };
  }),
  'story-add-page': route('extension-page', StoryAddPageSchema, addPage),
  'story-remove-article': route('extension-page', StoryRemoveArticleSchema, (msg) =>
    edit(msg.storyId, (pack) => removeArticle(pack, msg.articleId)),
  ),
  'story-rename': route('extension-page', StoryRenameSchema, (msg) =>
    edit(msg.storyId, (pack) => renameStory(pack, msg.title)),
  ),
  'story-correct-article': route('extension-page', StoryCorrectArticleSchema, (msg) =>
    edit(msg.storyId, (pack) => correctArticle(pack, msg.articleId, msg.details, problemWords)),
  ),
  'story-copy': route('extension-page', StoryCopySchema, (msg) =>
    serially(async () => {
      const found = await findStory(msg.storyId);
      if (!found) return { ok: false, error: t('error_noStory', [msg.storyId]) };
      const taken = (await getSourcedPacks()).map((p) => p.pack.story.id);
      return save(copyStory(found.pack, taken));
    }),
  ),
  'story-delete': route('extension-page', StoryDeleteSchema, (msg) =>
    serially(async () => {
      const found = await findStory(msg.storyId);
      if (found?.source !== 'user') return { ok: false, error: t('error_noStoryOfYours', [msg.storyId]) };
      await storyStore.delete(msg.storyId);
      await packsChanged();
      return { ok: true };
    }),
  ),
  'story-import': route('extension-page', StoryImportSchema, importPack),
} satisfies Routes<StoryMessageType>;

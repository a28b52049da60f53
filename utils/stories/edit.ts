import { PACK_FORMAT, PACK_VERSION, type PackArticle, type StoryPack } from '../pack/schema';
import { uniqueId } from './ids';
import { pageKey } from '../url/page-key';
import { t } from '../browser/i18n';

// Editing a story is pure: each function takes a pack and returns a new one (or a reason it cannot), so the
// background can validate the result before writing it and a failed edit leaves the stored story untouched.

export type EditResult = { ok: true; pack: StoryPack } | { ok: false; error: string };

const ok = (pack: StoryPack): EditResult => ({ ok: true, pack });
const NO_TITLE = (): EditResult => ({ ok: false, error: t('error_noTitle') });

/** A title as a story keeps it: spaces collapsed and trimmed; empty when nothing is left. */
const storyTitle = (title: string) => title.replace(/\s+/g, ' ').trim();

/** A new story holding one article; its id is a slug of the title that no id in `takenIds` has. */
export function newStory(title: string, first: PackArticle, takenIds: Iterable<string>): EditResult {
  const name = storyTitle(title);
  if (!name) return NO_TITLE();
  return ok({
    format: PACK_FORMAT,
    version: PACK_VERSION,
    story: { id: uniqueId(name, takenIds), title: name },
    articles: [first],
  });
}

/**
 * Adds an article. The same address added again replaces the earlier capture in place (a page re-read after
 * an update), keeping its id so links to it stay valid; otherwise the article gets an id no other article has.
 */
export function addArticle(pack: StoryPack, article: PackArticle): EditResult {
  const same = article.url === null ? -1 : pack.articles.findIndex((a) => a.url === article.url);
  if (same >= 0) {
    const articles = [...pack.articles];
    articles[same] = { ...article, id: pack.articles[same]!.id };
    return ok({ ...pack, articles });
  }
  const id = uniqueId(
    article.id,
    pack.articles.map((a) => a.id),
    'article',
  );
  return ok({ ...pack, articles: [...pack.articles, { ...article, id }] });
}

/** Removes an article; the last one cannot go (a pack holds at least one: delete the story instead). */
export function removeArticle(pack: StoryPack, articleId: string): EditResult {
  const articles = pack.articles.filter((a) => a.id !== articleId);
  if (articles.length === pack.articles.length) return { ok: false, error: t('error_noArticleInStory', [articleId]) };
  if (!articles.length) return { ok: false, error: t('error_lastArticle') };
  return ok({ ...pack, articles });
}

/** Gives the story a new title (its id stays, so exported files and coverage links keep working). */
export function renameStory(pack: StoryPack, title: string): EditResult {
  const name = storyTitle(title);
  if (!name) return NO_TITLE();
  return ok({ ...pack, story: { ...pack.story, title: name } });
}

/** An editable copy of a (read-only) story under a new id: "<id>-copy", titled "<title> (copy)". */
export function copyStory(pack: StoryPack, takenIds: Iterable<string>): StoryPack {
  return {
    ...pack,
    story: { ...pack.story, id: uniqueId(`${pack.story.id}-copy`, takenIds), title: `${pack.story.title} (copy)` },
    articles: pack.articles.map((a) => ({ ...a })),
  };
}

/** The stories (by id) holding an article at `url` (fragment ignored): a page may belong to several. */
export function storiesWithUrl(packs: StoryPack[], url: string): string[] {
  const page = pageKey(url);
  return packs.filter((p) => p.articles.some((a) => a.url !== null && pageKey(a.url) === page)).map((p) => p.story.id);
}

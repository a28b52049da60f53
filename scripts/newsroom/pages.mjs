// Builds the model of every newsroom page from the story pack, the seed presentation data and the invented
// stories. Templates only render these models; the server only routes to them.
import { OUTLETS } from './outlets.mjs';
import { toBlocks } from './pack.mjs';
import { SEED_PRESENTATION } from './seed-pages.mjs';
import { UNRELATED_STORIES } from './unrelated-stories.mjs';

/**
 * @typedef {import('./pack.mjs').Block} Block
 * @typedef {import('./unrelated-stories.mjs').Comment} Comment
 * @typedef {{ kind: 'seed' | 'unrelated', path: string, outlet: import('./outlets.mjs').Outlet, headline: string,
 *   standfirst?: string, section: string, byline: string, published: string, lang: string, blocks: Block[],
 *   description: string, caption: string, image: string, tags: string[], comments: Comment[],
 *   readAlso: import('./outlets.mjs').Link[], articleId?: string, sourceUrl?: string, postId?: number }} ArticlePage
 */

/** The first sentence-ish stretch of a text, cut at a word boundary, for meta descriptions. */
export function summary(text, max = 160) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** Other pages of the same outlet to offer as "Read also" links. */
function readAlsoFor(outlet, path) {
  return outlet.mostRead.filter((link) => link.path !== path).slice(0, 2);
}

/** @returns {ArticlePage[]} seed pages in pack order, then the unrelated ones. */
export function buildArticlePages(pack) {
  const seeds = pack.articles.map((article) => {
    const look = SEED_PRESENTATION[article.id];
    if (!look) throw new Error(`newsroom: no presentation for pack article ${article.id}`);
    const headline = article.title ?? look.headline;
    if (!headline) throw new Error(`newsroom: no headline for pack article ${article.id}`);
    const outlet = OUTLETS[look.outlet];
    const blocks = toBlocks(article.text);
    return /** @type {ArticlePage} */ ({
      ...look,
      kind: 'seed',
      outlet,
      headline,
      byline: article.author ?? look.byline,
      published: article.date ?? '',
      lang: article.language,
      blocks,
      description: summary(blocks.find((b) => b.kind === 'p')?.text ?? ''),
      readAlso: readAlsoFor(outlet, look.path),
      articleId: article.id,
      sourceUrl: article.url ?? undefined,
    });
  });
  const unrelated = UNRELATED_STORIES.map((story) => {
    const outlet = OUTLETS[story.outlet];
    return /** @type {ArticlePage} */ ({
      ...story,
      kind: 'unrelated',
      outlet,
      lang: 'en',
      blocks: toBlocks(story.text),
      description: story.standfirst,
      readAlso: readAlsoFor(outlet, story.path),
    });
  });
  return [...seeds, ...unrelated];
}

import { readPageMeta } from '../dom/page-meta';
import type { PageArticle } from '../stories/page-article';
import { extractArticle } from './article';

// A page as a story keeps it: the extracted article and what the page says about itself, the page's own
// metadata first. The same reading serves a live page (the popup's "add to story") and a saved one (the CLI).

/** What `doc` yields for a story, with `url` as its address; null when it has no article. */
export function readPageArticle(doc: Document, url: string | null): PageArticle | null {
  const article = extractArticle(doc);
  if (!article) return null;
  const meta = readPageMeta(doc);
  return {
    url,
    title: article.title || meta.title,
    text: article.text,
    outlet: meta.outlet ?? article.siteName,
    author: meta.author ?? article.byline,
    published: meta.published ?? article.publishedTime,
    lang: meta.lang ?? article.lang,
  };
}

import { extractArticle } from '@/utils/extract/article';
import { readPageMeta } from '@/utils/dom/page-meta';
import type { PageArticle } from '@/utils/stories/page-article';

// Injected by the background only when the person adds this page to a story from the popup, on any page
// (also one the cheap spot test passed over, which has no article script). It reads the page, changes
// nothing, and returns what it read as the result of scripting.executeScript; the background validates it.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(): PageArticle | null {
    const article = extractArticle(document);
    if (!article) return null;
    const meta = readPageMeta(document);
    return {
      url: location.href,
      title: article.title || meta.title,
      text: article.text,
      outlet: meta.outlet ?? article.siteName,
      author: meta.author ?? article.byline,
      published: meta.published ?? article.publishedTime,
      lang: meta.lang ?? article.lang,
    };
  },
});

import { extractArticle } from '@/utils/extract/article';
import { sendMessage } from '@/utils/send';

// Injected by the background only into pages the cheap spot test flagged: extracts the article and reports it.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    if (ctx.isInvalid) return;
    const article = extractArticle(document);
    if (!article) return;
    void sendMessage({
      type: 'page-read',
      url: location.href,
      title: article.title.slice(0, 2000),
      textLength: article.text.length,
      excerpt: article.text.slice(0, 500),
    });
  },
});

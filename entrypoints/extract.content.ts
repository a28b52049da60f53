import { defineContentScript } from 'wxt/utils/define-content-script';
import { readPageArticle } from '@/utils/extract/page-article';
import type { PageArticle } from '@/utils/stories/page-article';

// Injected by the background only when the person adds this page to a story from the popup, on any page
// (also one the cheap spot test passed over, which has no article script). It reads the page, changes
// nothing, and returns what it read as the result of scripting.executeScript; the background validates it.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  noScriptStartedPostMessage: true, // Nothing announced to the page (entrypoints/content.ts).
  main(): PageArticle | null {
    return readPageArticle(document, location.href);
  },
});

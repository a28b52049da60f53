// Node adapter for article extraction: parses HTML with linkedom and runs the extension's own extraction
// (Readability, same options), so the CLI reads a saved page the way the extension reads it live.

import { parseHTML } from 'linkedom';
import { extractArticle, type ExtractedArticle } from './article';

/** Extracts the main article from an HTML string; null when Readability finds none. */
export function extractArticleFromHtml(html: string): ExtractedArticle | null {
  const { document } = parseHTML(html);
  return extractArticle(document as unknown as Document);
}

import { Readability } from '@mozilla/readability';

export interface ExtractedArticle {
  title: string;
  text: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
}

/** Extracts the main article of a document with Readability, on a clone so the page is never touched. */
export function extractArticle(doc: Document): ExtractedArticle | null {
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone, { charThreshold: 300 }).parse();
  if (!parsed?.textContent) return null;
  return {
    title: parsed.title ?? doc.title,
    text: parsed.textContent.trim(),
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    lang: parsed.lang ?? doc.documentElement.lang ?? null,
    publishedTime: parsed.publishedTime ?? null,
  };
}

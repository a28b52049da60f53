import { Readability } from '@mozilla/readability';
import { blockText } from './block-text';

export interface ExtractedArticle {
  title: string;
  text: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
}

/**
 * A detached copy of the document. A page's <base> is left out: copying one makes the browser re-check the page's
 * Content-Security-Policy, which logs an error under `base-uri 'none'` (seen on wikipedia-4 in the real pages).
 */
function copyOf(doc: Document): Document {
  if (!doc.querySelector('base') || !doc.head || !doc.body) return doc.cloneNode(true) as Document;
  const copy = doc.implementation.createHTMLDocument('');
  for (const a of doc.documentElement.attributes) copy.documentElement.setAttribute(a.name, a.value);
  for (const child of doc.head.children) if (child.tagName !== 'BASE') copy.head.append(copy.importNode(child, true));
  copy.body.replaceWith(copy.importNode(doc.body, true));
  return copy;
}

// Captions that are not <figcaption>: a site's own class names say so ("pb-caption", "media-caption",
// "wp-caption-text", Blogger's "tr-caption"). Readability drops class names, so they are read before it runs;
// the text bound is there so that a class on a whole article ("has-captions") never takes the article with it.
const CAPTION = '[class*="caption" i], [id*="caption" i], [itemprop="caption"]';
const CAPTION_MAX_CHARS = 600;

/** Leaves the pictures' captions out of the copy Readability reads (block-text.ts says why). */
function withoutCaptions(copy: Document): Document {
  for (const el of copy.body?.querySelectorAll(CAPTION) ?? []) {
    if ((el.textContent ?? '').length <= CAPTION_MAX_CHARS) el.remove();
  }
  return copy;
}

/** Extracts the main article of a document with Readability, on a copy so the page is never touched. */
export function extractArticle(doc: Document): ExtractedArticle | null {
  const clone = withoutCaptions(copyOf(doc));
  const parsed = new Readability(clone, { charThreshold: 300, serializer: blockText }).parse();
  if (!parsed?.content) return null;
  return {
    title: parsed.title ?? doc.title,
    text: parsed.content,
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    lang: parsed.lang ?? doc.documentElement.lang ?? null,
    publishedTime: parsed.publishedTime ?? null,
  };
}

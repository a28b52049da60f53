// The text the always-on spot test reads. Script-heavy sites put their state in <script> blobs at the top
// level of <body> (0.6–0.9 MB on the real Yahoo and New York Times pages): body.textContent would copy all of
// it on every page, and a name inside it is no part of what a reader reads. The body's own top-level
// scripts and styles are left out; the rest is still one native textContent per child.

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The document's title and its body's text, without the body's top-level scripts and styles. */
export function spotText(doc: Document): string {
  let text = `${doc.title}\n`;
  for (const node of doc.body?.childNodes ?? []) if (!SKIPPED.has(node.nodeName)) text += node.textContent ?? '';
  return text;
}

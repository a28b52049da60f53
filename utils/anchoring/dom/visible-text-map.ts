// The page's readable text as one string with the text node each part came from, the shape rangeFromOffsets
// takes. Unlike textContent it skips what a reader never sees as prose (scripts, styles, JSON-LD, templates)
// and Sidelight's own UI, so a claim is never anchored inside an article's structured-data copy.

import { collectTextNodes, type TextMap } from './text-position';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG', 'svg', 'IFRAME', 'OBJECT']);

/** The readable text under `root` (default: the body), skipping non-prose elements and `exclude`. */
export function visibleTextMap(root: Node, exclude?: Node | null): TextMap {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node === exclude) return NodeFilter.FILTER_REJECT;
      if (node.nodeType === Node.ELEMENT_NODE) {
        return SKIP.has((node as Element).tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  return collectTextNodes(walker);
}

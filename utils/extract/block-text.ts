// The text of an extracted article, one line per block. Readability's textContent runs a sub-heading into the
// paragraph after it when the page's HTML has no whitespace between them ("Trump's reactionAfter the
// publication…") and keeps the line breaks of the page's source inside a paragraph; the engine reads each line
// as its own block (headings apart from prose, sentences never across lines). So the text is made from the
// article's elements instead: a line per block element or <br>, whitespace within a block collapsed as a
// browser shows it (non-breaking spaces kept), blocks separated by a blank line.

const BLOCKS = new Set(
  (
    'address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 ' +
    'h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody thead tfoot td th tr ul'
  ).split(' '),
);

// A caption describes a picture and its credit; it reports nothing another outlet would, so it is left out of
// the article's text and never gets a note (of 109 captions in the 130 real pages Readability keeps, 19 read as
// sentences to the engine's text rules alone).
const SKIPPED = new Set(['figcaption']);

/** The text of `root` with a line per block (see above). */
export function blockText(root: Node): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (text) lines.push(text);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (tag === 'br') return flush();
    if (SKIPPED.has(tag)) return;
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join('\n\n');
}

// Text from pages and imports written into Markdown as text, never as markup: a title such as
// `<img src=x onerror=alert(1)> [x](javascript:alert(1)) # *` must come out as those characters, not as an image,
// a link, a heading or emphasis, in Obsidian, GitHub and any CommonMark reader. Backslash escapes are CommonMark's
// own way to say "this character is text"; they keep the text readable in the raw file too.

// Inside a line: backslash, code, emphasis, links and images, raw HTML and autolinks, Obsidian's tags and
// wikilinks, GFM tables and strikethrough; `&` only where it would start an entity ("&lt;").
const INLINE = /[\\`*_[\]<>#|~]|&(?=#?\w+;)/g;
// At a line's start: list markers, setext underlines and thematic breaks (`-`, `+`, `=`), ordered lists ("1.").
const BULLET_START = /^(\s*)([-+=])(?=\s|$|\2)/;
const ORDERED_START = /^(\s*\d{1,9})([.)])(?=\s|$)/;

/** `s` as literal text inside a line: each character with a Markdown or HTML meaning backslash-escaped. */
export const escapeInline = (s: string): string => s.replace(INLINE, '\\$&');

/** `s` on one line as literal text: line breaks and runs of whitespace become one space (a title, an outlet). */
export const oneLine = (s: string): string => escapeInline(s.replace(/\s+/g, ' ').trim());

/** An escaped line that starts a block: a leading list marker or setext underline is text too. */
export const escapeLineStart = (line: string): string =>
  line.replace(BULLET_START, '$1\\$2').replace(ORDERED_START, '$1\\$2');

/** A tag as an Obsidian tag can be written: letters, digits, `_`, `-` and `/`; anything else becomes `-`. */
export const tagText = (tag: string): string => tag.replace(/[^\p{L}\p{N}_\-/]/gu, '-');

/** The person's own comment keeps its Markdown, but no raw HTML: an imported comment is text from outside. */
export const withoutHtml = (s: string): string => s.replace(/</g, '\\<');

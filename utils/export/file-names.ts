// File names for exported notes, made from titles of other people's pages: safe on Windows, macOS and Linux,
// never hidden or read as an option (no leading dot or dash: no leading punctuation at all), and unique in one
// export even where two pages share a title or differ only in case.

const RESERVED = '\\/:*?"<>|#^[]'; // Windows' reserved characters, and Obsidian's link syntax.
const MAX_CHARS = 100; // Code points: long enough to tell titles apart, short enough to read in a file list.
// Most file systems allow 255 bytes a name: 200 bytes of UTF-8 leave room for " (12)" and ".md" in any script.
const MAX_BYTES = 200;
// Names Windows keeps for devices, whatever the extension ("CON.md" cannot be created).
const DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

const utf8Bytes = (code: number) => (code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4);

/** `title` as a file name without extension: reserved and control characters become spaces, leading punctuation
 *  and trailing dots go, the length is bounded; "Untitled" when nothing is left. */
export function fileName(title: string): string {
  const chars = [...title.normalize('NFC')]
    .map((c) => (c < ' ' || (c >= '\x7f' && c <= '\x9f') || RESERVED.includes(c) ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    // ".hidden", "-rf", "“Quoted”", "— Live" start with their first word; an emoji is not punctuation.
    .replace(/^[^\p{L}\p{N}\p{Extended_Pictographic}]+/u, '');
  let name = '';
  let bytes = 0;
  for (const c of [...chars].slice(0, MAX_CHARS)) {
    bytes += utf8Bytes(c.codePointAt(0)!);
    if (bytes > MAX_BYTES) break;
    name += c;
  }
  name = name.replace(/[\s.]+$/, ''); // Windows drops trailing dots and spaces, so "A." and "A" would be one file.
  if (!name) return 'Untitled';
  return DEVICE.test(name) ? `${name} (page)` : name;
}

/** `names` made unique, ignoring case (as Windows and macOS do): a second "Title" becomes "Title (2)". The first
 *  keeps its name, so a page exported before keeps its file when a later page of the same title is added. */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${name} (${n})`;
    taken.add(unique.toLowerCase());
    return unique;
  });
}

// Ids derived from what they name, never from order, time or chance: exporting the same highlights again writes
// the same ids, so a note app (Obsidian, a Readwise-style sync) updates the notes it has instead of adding copies,
// and every export stays a pure function. FNV-1a is enough here: the ids need to be stable and spread, not secret.

// Four 32-bit FNV-1a offsets, one for each 32 bits of a 128-bit hash.
const OFFSETS = [0x811c9dc5, 0x050c5d1f, 0x2d358dcc, 0x6c62272e] as const;

/** A 128-bit hash of `key` as 32 hexadecimal digits. */
export function hashHex(key: string): string {
  return OFFSETS.map((offset) => {
    let hash = offset;
    for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
    return hash.toString(16).padStart(8, '0');
  }).join('');
}

/** A `urn:uuid:` (version 8, custom) made from `key`'s hash. */
export function uuidUrnOf(key: string): string {
  const hex = hashHex(key);
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// 64 bits: a collision needs billions of ids, where a library holds thousands. Letters, digits and dashes only,
// the characters an Obsidian block id may hold.
const short = (kind: string, key: string) => `${kind}-${hashHex(`${kind}\n${key}`).slice(0, 16)}`;

/** The id of a highlight in Markdown (an Obsidian block id, `^hl-…`), from the highlight's own id. */
export const highlightMarkdownId = (highlightId: string): string => short('hl', highlightId);

/** The id of a page's Markdown note, from the page's canonical address. */
export const pageMarkdownId = (canonicalUrl: string): string => short('page', canonicalUrl);

/** The id of a story's Markdown note, from the story's id. */
export const storyMarkdownId = (storyId: string): string => short('story', storyId);

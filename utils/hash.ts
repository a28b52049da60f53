// A fast, well-mixed 53-bit string hash (cyrb53, public domain), as two 32-bit halves: the engine keys kept
// work by it, and the highlight page filter takes its bit positions from it.

/** The two 32-bit halves of `text`'s cyrb53 hash (the high one holds 21 bits). */
export function hashPair(text: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, (2097151 & h2) >>> 0];
}

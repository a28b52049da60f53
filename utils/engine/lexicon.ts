// The optional word lexicon: frequent English words in corpus-frequency order, with small quantised
// vectors. The caller loads the bytes (fetch in the extension, fs in Node) and passes them in, so the
// engine never touches a file system. Derived by scripts/derive-vectors.mjs.

export interface Lexicon {
  count: number;
  dims: number;
  /** Word → row; the row is also the word's corpus frequency rank. */
  rows: Map<string, number>;
  /** count × dims int8, each row L2-normalised to `scale`. */
  data: Int8Array;
  scale: number;
}

/** Decodes lexicon bytes ("SLX1" format); throws with a readable message on anything else. */
export function decodeLexicon(bytes: ArrayBuffer | Uint8Array): Lexicon {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (String.fromCharCode(...u8.subarray(0, 4)) !== 'SLX1') throw new Error('not a Sidelight lexicon (SLX1)');
  const view = new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
  const headerLength = view.getUint32(4, true);
  const decoder = new TextDecoder();
  const header = JSON.parse(decoder.decode(u8.subarray(8, 8 + headerLength))) as {
    count: number;
    dims: number;
    scale: number;
    wordBytes: number;
  };
  const wordsAt = 8 + headerLength;
  const words = decoder.decode(u8.subarray(wordsAt, wordsAt + header.wordBytes)).split('\n');
  const dataAt = wordsAt + header.wordBytes;
  // Copied out, so the rows are aligned and independent of the caller's buffer (Node's Buffer pool).
  const data = new Int8Array(header.count * header.dims);
  data.set(new Int8Array(u8.buffer, u8.byteOffset + dataAt, Math.min(data.length, u8.length - dataAt)));
  if (words.length !== header.count || u8.length < dataAt + data.length) {
    throw new Error('lexicon is truncated');
  }
  const rows = new Map<string, number>();
  words.forEach((w, i) => rows.set(w, i));
  return { count: header.count, dims: header.dims, rows, data, scale: header.scale };
}

/** Cosine similarity of two lexicon rows (−1…1). */
export function rowCosine(lex: Lexicon, a: number, b: number): number {
  const d = lex.dims;
  let dot = 0;
  for (let i = 0, pa = a * d, pb = b * d; i < d; i++) dot += lex.data[pa + i]! * lex.data[pb + i]!;
  return dot / (lex.scale * lex.scale);
}

/** How rare a word is in general English, 0 (the) … 1 (not among the lexicon's words). */
export function backgroundRarity(lex: Lexicon, word: string): number {
  const row = lex.rows.get(word);
  if (row === undefined) return 1;
  return Math.log(2 + row / 100) / Math.log(2 + lex.count / 100);
}

// Word-pair cosines already worked out in one alignment. A claim's words meet the same passage words again and
// again (whole claims and their parts, both directions), so three in four cosines are repeats; but a Map of
// numbers costs about what the 48-dimension product it saves does. An open-addressing table in typed arrays
// costs a fraction of either.

import { rowCosine, type Lexicon } from './lexicon';

// A page of 1,500 words works out some 17,000 cosines: the table starts large enough for most pages.
const START_CAPACITY = 1 << 15;
/** Most lexicon rows whose pairs fit an Int32 key (rows² < 2^31); a larger lexicon is not cached. */
const MAX_ROWS = 46340;

export class CosineCache {
  /** Each pair's key plus one: a fresh table is all zeros, so 0 marks an empty slot. */
  private keys = new Int32Array(START_CAPACITY);
  private values = new Float64Array(START_CAPACITY);
  private size = 0;

  /** The cosine of two lexicon rows, worked out once. */
  get(lex: Lexicon, a: number, b: number): number {
    if (lex.count > MAX_ROWS) return rowCosine(lex, a, b);
    // The pair in one order, as one Int32.
    const key = (a < b ? a * lex.count + b : b * lex.count + a) + 1;
    const mask = this.keys.length - 1;
    // Fibonacci hashing spreads neighbouring keys (the rows of frequent words are small numbers).
    let at = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (true) {
      const k = this.keys[at]!;
      if (k === key) return this.values[at]!;
      if (k === 0) break;
      at = (at + 1) & mask;
    }
    const c = rowCosine(lex, a, b);
    this.keys[at] = key;
    this.values[at] = c;
    if (++this.size * 2 > this.keys.length) this.grow();
    return c;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Float64Array(keys.length * 2);
    const mask = this.keys.length - 1;
    keys.forEach((key, i) => {
      if (key === 0) return;
      let at = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      while (this.keys[at] !== 0) at = (at + 1) & mask;
      this.keys[at] = key;
      this.values[at] = values[i]!;
    });
  }
}

// Word-pair cosines already worked out. A claim's words meet the same passage words again and again (whole claims
// and their parts, both directions), so three in four cosines of a page are repeats, and the next page meets the
// same pack's words; but a Map of numbers costs about what the 48-dimension product it saves does. An
// open-addressing table in typed arrays costs a fraction of either.

import { rowCosine, type Lexicon } from './lexicon';
import { alsoForget } from './per-text';

// A page of 1,500 words works out some 17,000 cosines: the table starts large enough for most pages.
const START_CAPACITY = 1 << 15;
/** Most lexicon rows whose pairs fit an Int32 key (rows² < 2^31); a larger lexicon is not cached. */
const MAX_ROWS = 46340;
/** The kept table's bound (3 MB of keys and values): some eight pages' cosines, then it starts again. */
const KEPT_CAPACITY = 1 << 18;

export class CosineCache {
  /** Each pair's key plus one: a fresh table is all zeros, so 0 marks an empty slot. */
  private keys = new Int32Array(START_CAPACITY);
  private values = new Float64Array(START_CAPACITY);
  private size = 0;

  /** `capacity`: the most slots the table grows to; past half of it, it empties and starts again. */
  constructor(private readonly capacity = Infinity) {}

  /** The cosine of two lexicon rows, worked out once. */
  get(lex: Lexicon, a: number, b: number): number {
    if (lex.count > MAX_ROWS) return rowCosine(lex, a, b);
    // The pair in one order, as one Int32.
    const key = (a < b ? a * lex.count + b : b * lex.count + a) + 1;
    const at = this.slot(key);
    if (this.keys[at] === key) return this.values[at]!;
    const c = rowCosine(lex, a, b);
    this.keys[at] = key;
    this.values[at] = c;
    if (++this.size * 2 > this.keys.length) {
      if (this.keys.length < this.capacity) this.grow();
      else this.clear();
    }
    return c;
  }

  clear(): void {
    this.keys = new Int32Array(START_CAPACITY);
    this.values = new Float64Array(START_CAPACITY);
    this.size = 0;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Float64Array(keys.length * 2);
    keys.forEach((key, i) => {
      if (key === 0) return;
      const at = this.slot(key);
      this.keys[at] = key;
      this.values[at] = values[i]!;
    });
  }

  /** The slot that holds `key`, or the empty one where it goes: linear probing from its Fibonacci hash, which
   *  spreads neighbouring keys (the rows of frequent words are small numbers). */
  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let at = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (this.keys[at] !== key && this.keys[at] !== 0) at = (at + 1) & mask;
    return at;
  }
}

const kept = new WeakMap<Lexicon, { cache: CosineCache; era: number }>();
let era = 0;

/** Forgets the kept cosines: benchmarks time a page whose word pairs were never met. */
export function forgetCosines(): void {
  era++;
}
// Benchmarks forget every kept reading to time a page never seen (per-text.ts): the kept cosines too.
alsoForget(forgetCosines);

/** The cosines kept for a lexicon from one alignment to the next (they never change), within a bound. */
export function keptCosines(lex: Lexicon | undefined): CosineCache {
  if (!lex) return new CosineCache();
  const known = kept.get(lex);
  if (known?.era === era) return known.cache;
  const cache = new CosineCache(KEPT_CAPACITY);
  kept.set(lex, { cache, era });
  return cache;
}

import { describe, expect, it } from 'vitest';
import { CosineCache, keptCosines } from '@/utils/engine/cosines';
import { forgetTexts } from '@/utils/engine/per-text';
import { rowCosine, type Lexicon } from '@/utils/engine/lexicon';

// A small made-up lexicon: 300 rows of 8 dimensions, from a fixed sequence so the test is the same every run.
function lexicon(count: number): Lexicon {
  const dims = 8;
  const data = new Int8Array(count * dims);
  let seed = 7;
  for (let i = 0; i < data.length; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    data[i] = (seed % 255) - 127;
  }
  return { count, dims, rows: new Map(), data, scale: 127 };
}

describe('CosineCache', () => {
  it('gives every pair the cosine rowCosine gives, in either order, past several growths of its table', () => {
    const lex = lexicon(300);
    const cache = new CosineCache();
    // 300 × 300 pairs: about 45,000 distinct ones, more than the table starts with.
    for (let a = 0; a < lex.count; a++)
      for (let b = 0; b < lex.count; b++) expect(cache.get(lex, a, b)).toBe(rowCosine(lex, a, b));
    for (let a = 0; a < lex.count; a += 7)
      for (let b = 0; b < lex.count; b += 5) expect(cache.get(lex, b, a)).toBe(rowCosine(lex, a, b));
  });

  it('bounded, empties and starts again past half its capacity, still right', () => {
    const lex = lexicon(300);
    const cache = new CosineCache(1 << 15);
    for (let a = 0; a < lex.count; a++)
      for (let b = 0; b < lex.count; b++) expect(cache.get(lex, a, b)).toBe(rowCosine(lex, a, b));
    // 45,150 distinct pairs went into a table of at most 32,768 slots: it was emptied at least once.
    expect((cache as unknown as { size: number }).size).toBeLessThan(1 << 14);
  });

  it('is kept per lexicon from one alignment to the next, and forgotten with the kept readings', () => {
    const lex = lexicon(10);
    const kept = keptCosines(lex);
    expect(keptCosines(lex)).toBe(kept);
    expect(keptCosines(lexicon(10))).not.toBe(kept);
    forgetTexts();
    expect(keptCosines(lex)).not.toBe(kept);
  });

  it('still answers for a lexicon too large for its keys, without caching', () => {
    const lex = { ...lexicon(4), count: 50_000 };
    expect(new CosineCache().get(lex, 1, 3)).toBe(rowCosine(lex, 1, 3));
  });
});

import { describe, expect, it } from 'vitest';
import { buildPageFilter, mayHaveHighlights } from '@/utils/highlights/page-filter';

const urls = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `https://${prefix}.example/a/${i}`);

describe('the highlight page filter', () => {
  it('never rules out a page that has highlights', () => {
    const saved = urls(10_000, 'saved');
    const filter = buildPageFilter(saved);
    expect(saved.every((u) => mayHaveHighlights(filter, () => u))).toBe(true);
  });

  it('rules out almost every other page', () => {
    const few = buildPageFilter(urls(1_000, 'saved'));
    const many = buildPageFilter(urls(10_000, 'saved'));
    const others = urls(20_000, 'other');
    const share = (f: string) => others.filter((u) => mayHaveHighlights(f, () => u)).length / others.length;
    expect(share(few)).toBeLessThan(0.001);
    expect(share(many)).toBeLessThan(0.07);
  });

  it('without any highlight, rules out every page without working out its address', () => {
    expect(buildPageFilter([])).toBe('');
    const asked = () => {
      throw new Error('the address was asked for');
    };
    expect(mayHaveHighlights(buildPageFilter([]), asked)).toBe(false);
  });

  it('says "maybe" when there is no filter or a damaged one, so highlights are never hidden', () => {
    const page = () => 'https://a.example/';
    expect(mayHaveHighlights(undefined, page)).toBe(true);
    expect(mayHaveHighlights('AAAA', page)).toBe(true);
    expect(mayHaveHighlights(42, page)).toBe(true);
  });
});

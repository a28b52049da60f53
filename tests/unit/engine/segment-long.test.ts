import { describe, expect, it } from 'vitest';
import { segment } from '@/utils/engine/segment';

// One line of 200,000 characters, in the shapes that once made the splitter quadratic (a regex over the line's
// prefix at every full stop, the words or quotation marks before every semicolon counted again, a trailing-quote
// regex retried at every position). That splitter took from 6 s (prose) to 2 minutes (the quotation marks) on
// each of these on a busy 2-core machine; this one takes milliseconds, far inside Vitest's 5 s limit on a test,
// so a regression fails on that limit, not on a timed assertion. Timings: scripts/bench/segment.bench.ts.

const LINE = 200_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(LINE / unit.length));
const spans = (text: string) => segment(text).map((s) => [s.start, s.end, s.kind] as const);

describe('segment on one very long line', () => {
  it('"U.S. U.S. …" is one sentence: no abbreviation ends a sentence before "U"', () => {
    const text = repeat('U.S. ');
    expect(spans(text)).toEqual([[0, text.length - 1, 'sentence']]);
  });

  it('ordinary prose is one sentence per full stop', () => {
    const unit = 'The envoy said the call was real. ';
    const text = repeat(unit);
    const n = text.length / unit.length;
    expect(spans(text)).toEqual(
      Array.from({ length: n }, (_, k) => [k * unit.length, (k + 1) * unit.length - 1, 'sentence']),
    );
  });

  it('full stops without spaces ("xyz.Abc") each end a sentence', () => {
    const text = repeat('xyz.Abc ');
    const segs = segment(text).map((s) => s.text);
    expect(segs).toHaveLength(text.length / 8 + 1);
    expect([segs[0], segs[1], segs.at(-2), segs.at(-1)]).toEqual(['xyz.', 'Abc xyz.', 'Abc xyz.', 'Abc']);
  });

  it('a sentence of 70,000 semicolons is cut into clauses of seven words', () => {
    const text = 'a; '.repeat(70_000);
    const segs = segment(text);
    expect(segs).toHaveLength(10_000);
    expect(new Set(segs.map((s) => s.text))).toEqual(new Set(['a; a; a; a; a; a; a;']));
    expect(segs.at(-1)!.end).toBe(text.length - 1);
  });

  it('a run of 200,000 quotation marks before one letter is a heading', () => {
    const text = `${'"'.repeat(LINE)}a`;
    expect(spans(text)).toEqual([[0, text.length, 'heading']]);
  });
});

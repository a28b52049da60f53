import { describe, expect, it } from 'vitest';
import { rewordedSegments } from '@/utils/notes/reworded';

// Hoffman's quotation as UNIAN and Capital Post print it (../shared/seeds 000 and 002).
const UNIAN =
  "It's very difficult to speculate. It could be 100 million different things, including someone on the Russian side trying to damage Witkoff's reputation";
const CAPITAL =
  "could be 100m different things, including somebody on the Russian side trying to hurt Witkoff's reputation";

const marked = (quote: string, other: string) =>
  rewordedSegments(quote, other)
    .filter((s) => s.reworded)
    .map((s) => s.text);

describe('reworded words of a quotation', () => {
  it('marks the words the other outlet renders differently, not the part only one of them quotes', () => {
    expect(marked(UNIAN, CAPITAL)).toEqual(['100 million', 'someone', 'damage']);
    expect(marked(CAPITAL, UNIAN)).toEqual(['100m', 'somebody', 'hurt']);
  });

  it('keeps the quotation whole, as printed', () => {
    expect(
      rewordedSegments(UNIAN, CAPITAL)
        .map((s) => s.text)
        .join(''),
    ).toBe(UNIAN);
  });

  it('marks a wholly different rendering whole', () => {
    expect(marked('forgeries', 'fake')).toEqual(['forgeries']);
  });
});

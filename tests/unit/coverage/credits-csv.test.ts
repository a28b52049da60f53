import { describe, expect, it } from 'vitest';
import { findCredits } from '@/utils/coverage/credits';
import { coverageToCsv } from '@/utils/coverage/csv';
import type { Coverage } from '@/utils/coverage/types';

describe('credited retellings', () => {
  const outlets = [
    { articleId: 'g', outlet: 'The Guardian' },
    { articleId: 'b', outlet: 'Bloomberg' },
  ];

  it('link a retelling to the story’s outlet it credits, in any of the usual phrasings', () => {
    for (const text of [
      'According to the Guardian, the talks stalled.',
      'The Guardian writes that the talks stalled.',
      'The talks stalled, as reported by Bloomberg on Friday.',
      'This is stated in the analysis of the British resource The Guardian.',
    ]) {
      const ids = findCredits(text, outlets).map((c) => c.articleId);
      expect(
        ids.some((id) => id === 'g' || id === 'b'),
        text,
      ).toBe(true);
    }
  });

  it('name outlets outside the story when the text shows they are outlets, and never people', () => {
    const text =
      'Reuters reported on Monday that talks stalled. According to Peskov, that is false. Trump said so too.';
    expect(findCredits(text, outlets)).toEqual([{ name: 'Reuters', articleId: null }]);
    expect(findCredits('The newspaper Kommersant quoted him.', outlets)).toEqual([
      { name: 'Kommersant', articleId: null },
    ]);
  });
});

describe('coverage as CSV', () => {
  const coverage: Coverage = {
    storyId: 's',
    title: 'S',
    columns: [
      { articleId: 'a', outlet: 'Wire', url: null, copies: [{ articleId: 'c', outlet: 'Echo', url: null }] },
      { articleId: 'b', outlet: 'Post, Daily', url: null, copies: [] },
    ],
    rows: [
      {
        text: 'He said "no", twice.',
        sources: 2,
        notes: [],
        cells: { 0: { state: 'differs', kinds: ['date', 'quote'] }, 1: { state: 'agrees', kinds: [], probable: true } },
      },
      {
        text: '=HYPERLINK("x")',
        sources: 1,
        notes: [],
        cells: { 1: { state: 'alone', kinds: [] } },
      },
    ],
    stats: [],
  };

  it('quotes fields, keeps formulas inert and names each cell’s state', () => {
    expect(coverageToCsv(coverage)).toBe(
      'claim,sources,Wire (+1 copies),"Post, Daily"\r\n' +
        '"He said ""no"", twice.",2,"differs: date, quote",agrees (probably)\r\n' +
        '"\'=HYPERLINK(""x"")",1,,only this source\r\n',
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { Claim, DifferenceKind } from '@/utils/engine/types';
import { differenceCount, differenceName, excerpt, outletsOf, rowLabel, sourceCount } from '@/utils/notes/labels';

const match = (outlet: string, differences = [] as Claim['matches'][number]['differences']) => ({
  articleId: outlet,
  outlet,
  url: null,
  start: 0,
  end: 1,
  text: 'x',
  score: 1,
  probability: 0.9,
  relation: 'same' as const,
  differences,
});

describe('note labels', () => {
  it('counts distinct outlets and differences for screen readers', () => {
    const claim: Claim = {
      start: 0,
      end: 10,
      text: 'The call took place on Oct. 14.',
      kind: 'sentence',
      matches: [
        match('Insider', [{ kind: 'date', here: 'Oct. 14', there: 'Oct. 12' }]),
        match('Insider'),
        match('Capital Post'),
      ],
    };
    // In one order on every note (alphabetical), whatever order the matches come in.
    expect(outletsOf(claim)).toEqual(['Capital Post', 'Insider']);
    expect(differenceCount(claim)).toBe(1);
    expect(rowLabel(claim)).toBe(
      'Claim “The call took place on Oct. 14.”. 2 other sources: Capital Post, Insider, 1 difference.',
    );
  });

  it('marks claims no one else reports', () => {
    expect(rowLabel({ start: 0, end: 1, text: 'x', kind: 'sentence', matches: [] })).toContain(
      'No other source reports this',
    );
    expect(sourceCount(1)).toBe('1 other source');
  });

  it('names every kind of difference', () => {
    expect(differenceName({ kind: 'number', here: '1', there: '2' })).toBe('Another number');
    expect(differenceName({ kind: 'stance', here: 'did not confirm', there: 'appeared to confirm' })).toBe(
      'Says the opposite',
    );
    const kinds: DifferenceKind[] = ['quote', 'number', 'date', 'title', 'attribution', 'hedging', 'stance'];
    const names = kinds.map((kind) => differenceName({ kind, here: '', there: '' }));
    expect(new Set(names).size).toBe(kinds.length);
    for (const name of names) expect(name).toMatch(/^[A-Z]/u);
    expect(excerpt('a'.repeat(100), 10)).toHaveLength(10);
  });
});

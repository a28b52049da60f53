import { describe, expect, it } from 'vitest';
import type { Claim, ClaimMatch, DifferenceKind } from '@/utils/engine/types';
import {
  differenceCount,
  differenceName,
  excerpt,
  outletsOf,
  relatedOutletsOf,
  rowLabel,
  sourceCount,
} from '@/utils/notes/labels';

const match = (
  outlet: string,
  differences = [] as Claim['matches'][number]['differences'],
  relation: ClaimMatch['relation'] = 'same',
) => ({
  articleId: outlet,
  outlet,
  url: null,
  start: 0,
  end: 1,
  text: 'x',
  score: 1,
  probability: 0.9,
  relation,
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

  it('does not count an outlet with only related passages as reporting the claim', () => {
    const claim: Claim = {
      start: 0,
      end: 10,
      text: 'Trump stood by his envoy.',
      kind: 'sentence',
      matches: [match('Insider', [{ kind: 'title', here: 'envoy', there: 'aide' }], 'related'), match('UNIAN')],
    };
    expect(outletsOf(claim)).toEqual(['UNIAN']);
    expect(relatedOutletsOf(claim)).toEqual(['Insider']);
    expect(differenceCount(claim)).toBe(0);
    const onlyRelated = { ...claim, matches: [claim.matches[0]!] };
    expect(outletsOf(onlyRelated)).toEqual([]);
    expect(rowLabel(onlyRelated)).toBe(
      'Claim “Trump stood by his envoy.”. No other source reports this; related passages in Insider.',
    );
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

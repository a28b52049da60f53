import { describe, expect, it } from 'vitest';
import type { Claim } from '@/utils/engine/types';
import { differenceName, excerpt, outletsOf, rowLabel, sourceCount } from '@/utils/notes/labels';

const match = (outlet: string, differences = [] as Claim['matches'][number]['differences']) => ({
  articleId: outlet,
  outlet,
  url: null,
  start: 0,
  end: 1,
  text: 'x',
  score: 1,
  relation: 'same',
  differences,
});

describe('note labels', () => {
  it('counts distinct outlets and differences for screen readers', () => {
    const claim: Claim = {
      start: 0,
      end: 10,
      text: 'The call took place on Oct. 14.',
      matches: [
        match('Insider', [{ kind: 'date', here: 'Oct. 14', there: 'Oct. 12' }]),
        match('Insider'),
        match('Capital Post'),
      ],
    };
    expect(outletsOf(claim)).toEqual(['Insider', 'Capital Post']);
    expect(rowLabel(claim)).toBe(
      'Claim “The call took place on Oct. 14.”. 2 other sources: Insider, Capital Post, 1 difference.',
    );
  });

  it('marks claims no one else reports', () => {
    expect(rowLabel({ start: 0, end: 1, text: 'x', matches: [] })).toContain('No other source reports this');
    expect(sourceCount(1)).toBe('1 other source');
  });

  it('names known difference kinds and keeps unknown ones', () => {
    expect(differenceName({ kind: 'number', here: '1', there: '2' })).toBe('Another number');
    expect(differenceName({ kind: 'tone', here: '', there: '' })).toBe('Differs (tone)');
    expect(excerpt('a'.repeat(100), 10)).toHaveLength(10);
  });
});

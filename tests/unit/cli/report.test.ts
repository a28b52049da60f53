import { describe, expect, it } from 'vitest';
import type { AlignResult, ClaimMatch } from '@/utils/engine';
import { renderReport } from '../../../scripts/cli/report';

const match = (outlet: string, probability: number): ClaimMatch => ({
  articleId: outlet.toLowerCase(),
  outlet,
  url: null,
  start: 0,
  end: 10,
  text: 'the passage',
  score: 0.4,
  probability,
  relation: 'same',
  differences: [],
});

describe('the CLI report', () => {
  it('says a link is "probably" the same claim where the notes do, with its probability and score', () => {
    const result: AlignResult = {
      story: { id: 's', title: 'A story', score: 0.9, detected: true },
      claims: [
        { start: 0, end: 9, text: 'the claim', kind: 'sentence', matches: [match('Sure', 0.9), match('Less', 0.6)] },
      ],
    };
    const lines = renderReport('page.txt', result).split('\n');
    expect(lines).toContain('    → Sure [same p=0.9 score=0.4] the passage');
    expect(lines).toContain('    → Less [probably same p=0.6 score=0.4] the passage');
  });
});

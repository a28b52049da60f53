import { describe, expect, it } from 'vitest';
import type { ClaimMatch } from '@/utils/engine/types';
import { claimLinks } from '@/utils/highlights/claim-links';

const match = (over: Partial<ClaimMatch>): ClaimMatch => ({
  articleId: 'b',
  outlet: 'Outlet B',
  url: 'https://b.example/x',
  start: 0,
  end: 5,
  text: 'a passage',
  score: 0.5,
  probability: 0.9,
  relation: 'same',
  differences: [],
  ...over,
});

describe('claimLinks', () => {
  it('keeps each linked passage with its outlet and says whether it differs', () => {
    const links = claimLinks({
      start: 0,
      end: 10,
      text: 'the claim',
      kind: 'sentence',
      matches: [
        match({}),
        match({ articleId: 'c', differences: [{ kind: 'number', here: '2', there: '3' }] }),
        match({ articleId: 'd', url: null }),
        match({ articleId: 'e', relation: 'copy' }),
      ],
    });
    expect(links.map((l) => [l.articleId, l.relation, l.url])).toEqual([
      ['b', 'same', 'https://b.example/x'],
      ['c', 'differs', 'https://b.example/x'],
      ['d', 'same', ''],
      ['e', 'same', 'https://b.example/x'],
    ]);
    expect(links[0]).toMatchObject({ outlet: 'Outlet B', text: 'a passage' });
    // How sure the note was goes with each judged link (the library says "probably" where it was less sure);
    // a copy of the article is no judgement.
    expect(links.map((l) => l.probability)).toEqual([0.9, 0.9, 0.9, undefined]);
  });
  it('keeps at most the 50 links a highlight may hold', () => {
    const matches = Array.from({ length: 60 }, (_, i) => match({ articleId: `a${i}` }));
    expect(claimLinks({ start: 0, end: 1, text: 'x', kind: 'sentence', matches })).toHaveLength(50);
  });
});

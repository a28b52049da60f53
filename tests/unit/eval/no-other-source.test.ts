// The eval's count of true "No other source reports this." notes (scripts/eval/unseen.ts scoreNoOtherSource).
import { describe, expect, it } from 'vitest';
import type { AlignResult, Claim } from '@/utils/engine';
import { scoreNoOtherSource, type UnseenText } from '../../../scripts/eval/unseen';

const text = 'Reported elsewhere. Told only here. Photo: someone.';
const sentence = (id: string, at: string, same: string[], furniture = false) => {
  const start = text.indexOf(at);
  return { id, start, end: start + at.length, same, partial: [], furniture };
};
const texts: UnseenText[] = [
  {
    file: 't',
    text,
    sentences: [
      sentence('S1', 'Reported elsewhere.', ['A1']),
      sentence('S2', 'Told only here.', []),
      sentence('S3', 'Photo: someone.', [], true),
    ],
  },
];
const claim = (at: string, kind: Claim['kind'] = 'sentence'): Claim => {
  const start = text.indexOf(at);
  return { start, end: start + at.length, text: at, kind, matches: [] };
};
const result = (detected: boolean): AlignResult => ({
  story: { id: 's', title: 'S', score: detected ? 1 : 0, detected },
  claims: [claim('Reported elsewhere.'), claim('Told only here.'), claim('Photo: someone.')],
});

describe('scoreNoOtherSource', () => {
  it('counts each unlinked claim of a detected text, true only where no sentence of it has a same unit', () => {
    // S1 is reported by A1: its note is wrong; S2's is right; the furniture line gets no note to count.
    expect(scoreNoOtherSource(texts, [result(true)])).toEqual({ said: 2, right: 1 });
  });

  it('counts nothing in a text not detected as the story (it has no notes)', () => {
    expect(scoreNoOtherSource(texts, [result(false)])).toEqual({ said: 0, right: 0 });
  });
});

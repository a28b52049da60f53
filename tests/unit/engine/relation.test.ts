import { describe, expect, it } from 'vitest';
import { relationOf, sameKind } from '@/utils/engine/relation';
import { THRESHOLDS } from '@/utils/engine/tunables';

const sim = (score: number) => ({ forward: score, backward: score, score, what: score });
const ranks = (claimsBest: boolean, passagesBest: boolean, inOrder = false) => ({ claimsBest, passagesBest, inOrder });

describe('relationOf', () => {
  it('asks less of a pair that is best both ways than of one best one way, and nothing of a very close pair', () => {
    const between = (THRESHOLDS.sameMutual + THRESHOLDS.sameOneWay) / 2;
    expect(relationOf(sim(between), ranks(true, true))).toBe('same');
    // One claim retold in two sentences: the second sentence prefers the claim, the claim the first sentence.
    expect(relationOf(sim(between), ranks(false, true))).toBe(between >= THRESHOLDS.related ? 'related' : null);
    expect(relationOf(sim(THRESHOLDS.sameOneWay), ranks(false, true))).toBe('same');
    expect(relationOf(sim(THRESHOLDS.sameOneWay), ranks(true, false))).toBe('same');
    expect(relationOf(sim(THRESHOLDS.sameOneWay), ranks(false, false))).toBe('related');
    expect(relationOf(sim(THRESHOLDS.sameAlone))).toBe('same');
    expect(relationOf(sim(THRESHOLDS.sameMutualInOrder / 2), ranks(true, true, true))).toBeNull();
  });

  it('asks less of a mutual best whose neighbouring pairs match too', () => {
    const between = (THRESHOLDS.sameMutualInOrder + THRESHOLDS.sameMutual) / 2;
    expect(relationOf(sim(between), ranks(true, true, true))).toBe('same');
    expect(relationOf(sim(between), ranks(true, true, false))).not.toBe('same');
  });

  it('calls a pair that shares who (names, roles) but not what happened the same claim only best both ways', () => {
    const whoOnly = { ...sim(0.6), what: THRESHOLDS.sameWhat / 2 };
    expect(relationOf(whoOnly)).toBe('related');
    expect(relationOf(whoOnly, ranks(true, false))).toBe('related');
    expect(relationOf(whoOnly, ranks(false, true))).toBe('related');
    // A claim about who (which agencies could have intercepted the call) and its passage, best both ways:
    expect(relationOf(whoOnly, ranks(true, true))).toBe('same');
    // …at the bar a pair best one way needs, not the lower one for pairs that share what happened.
    const between = { ...whoOnly, score: (THRESHOLDS.sameMutual + THRESHOLDS.sameOneWay) / 2 };
    expect(relationOf({ ...between, what: THRESHOLDS.sameWhat }, ranks(true, true))).toBe('same');
    expect(relationOf(between, ranks(true, true))).toBe('related');
  });
});

describe('relationOf in a retelling', () => {
  const aligned = (claimsBest: boolean, passagesBest: boolean) => ({
    ...ranks(claimsBest, passagesBest),
    aligned: true,
  });
  const words = { ...sim(THRESHOLDS.alignedFloor), what: 0 }; // a paraphrase: little in common, nothing of what

  it('takes a pair at the same place in both texts for the same claim when it is best both ways', () => {
    expect(relationOf(words, aligned(true, true))).toBe('same');
    expect(relationOf(words, ranks(true, true))).toBeNull();
    expect(relationOf({ ...words, score: THRESHOLDS.alignedFloor / 2 }, aligned(true, true))).toBeNull();
  });

  it('asks a pair best one way to share what happened, and a pair best neither way for a fair score', () => {
    expect(relationOf(words, aligned(true, false))).toBeNull();
    expect(relationOf({ ...words, what: THRESHOLDS.sameWhat }, aligned(true, false))).toBe('same');
    expect(relationOf({ ...sim(THRESHOLDS.sameAligned), what: 0 }, aligned(false, false))).toBe('same');
    expect(relationOf({ ...sim(THRESHOLDS.sameAligned), what: 0 }, ranks(false, false))).toBeNull();
  });
});

describe('relationOf for a claim its neighbour tells a passage with', () => {
  const words = { ...sim(THRESHOLDS.alignedFloor / 2), what: 0 };
  const together = { ...ranks(false, false), together: true };

  it('takes it for the same claim whatever its own score, best or not (toldTogether measured what it adds)', () => {
    expect(relationOf(words, together)).toBe('same');
    expect(relationOf(words, ranks(false, false))).toBeNull();
    expect(relationOf(words, { ...ranks(false, false), aligned: true })).toBeNull();
  });
});

describe('sameKind', () => {
  it('lets a question match only a text that poses a question too', () => {
    expect(sameKind('Who provided the audio to the press?', 'Bloomberg obtained and published the audio.')).toBe(false);
    expect(sameKind('Bloomberg obtained and published the audio.', 'Who provided the audio to the press?')).toBe(false);
    expect(sameKind('Who provided the audio to the press?', 'The question of who provided the audio is open.')).toBe(
      true,
    );
    expect(sameKind('Who leaked it?', 'Who could have leaked it?”')).toBe(true);
    expect(sameKind('The audio was leaked.', 'Bloomberg published the audio.')).toBe(true);
  });
});

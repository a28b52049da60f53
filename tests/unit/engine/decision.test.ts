import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, features, probabilityOfSame, type Evidence } from '@/utils/engine/decision';
import { SAME_WEIGHTS } from '@/utils/engine/decision-weights';
import { decide } from '@/utils/engine/relation';
import { DECISION } from '@/utils/engine/tunables';
import { alignText } from '@/utils/engine/index';
import { index, pack } from './embedded';

const evidence = (over: Partial<Evidence> = {}): Evidence => ({
  sim: { forward: 0.5, backward: 0.5, score: 0.5, what: 0.4 },
  ranks: { claimsBest: true, passagesBest: true, inOrder: false },
  rules: 'same',
  claimTerms: 10,
  agreement: 0.5,
  kindClash: false,
  retold: false,
  nearBestForClaim: 1,
  nearBestForPassage: 1,
  meaning: { all: 0.6, what: 0.5 },
  nearClosestMeaning: 1,
  ...over,
});
const sameProbability = (e: Evidence) => probabilityOfSame(e);

describe('the calibrated decision', () => {
  it('has one weight per feature', () => {
    expect(features(evidence())).toHaveLength(FEATURE_NAMES.length);
    expect(SAME_WEIGHTS.coefficients).toHaveLength(FEATURE_NAMES.length);
  });

  it('is more sure of a pair whose passage’s counterparts in other outlets match the claim too', () => {
    expect(sameProbability(evidence({ agreement: 0.6 }))).toBeGreaterThan(
      sameProbability(evidence({ agreement: 0.1 })),
    );
  });

  it('answers for another agreement as it does for the same evidence with that agreement', () => {
    expect(probabilityOfSame(evidence({ agreement: 0.1 }), 0.7)).toBe(probabilityOfSame(evidence({ agreement: 0.7 })));
  });

  it('is more sure of a pair whose words, taken together, mean the same', () => {
    expect(sameProbability(evidence({ meaning: { all: 0.8, what: 0.7 } }))).toBeGreaterThan(
      sameProbability(evidence({ meaning: { all: 0.2, what: 0.1 } })),
    );
  });

  it('is less sure of a pair that shares who but not what happened, and of one best neither way', () => {
    const base = sameProbability(evidence());
    // Sharing only who: no word of what happened covered, and what happened far apart in meaning.
    const onlyWho = evidence({
      sim: { forward: 0.5, backward: 0.5, score: 0.5, what: 0 },
      meaning: { all: 0.6, what: 0.1 },
    });
    expect(sameProbability(onlyWho)).toBeLessThan(base);
    expect(
      sameProbability(evidence({ ranks: { claimsBest: false, passagesBest: false, inOrder: false } })),
    ).toBeLessThan(base);
  });
});

describe('the ladder', () => {
  const below = (bar: number) => bar - 0.01;

  it('calls a pair the same claim only above the calibrated bar, or in a retelling when the rules say so', () => {
    expect(decide(evidence(), DECISION.same)).toBe('same');
    expect(decide(evidence(), below(DECISION.same))).toBeNull();
    expect(decide(evidence({ retold: true }), 0)).toBe('same');
    expect(decide(evidence({ retold: true, rules: 'related' }), 0)).toBeNull();
  });

  it('never calls a question the same claim as a statement', () => {
    expect(decide(evidence({ kindClash: true }), 0.99)).toBeNull();
    expect(decide(evidence({ kindClash: true, retold: true }), 0.99)).toBeNull();
  });

  it('puts each link’s probability on it, and only same-claim links at or above the bar', () => {
    const claims = alignText(index, pack.articles[0]!.text, { url: pack.articles[0]!.url ?? undefined }).claims;
    const links = claims.flatMap((c) => c.matches);
    expect(links.length).toBeGreaterThan(0);
    for (const m of links) {
      expect(m.probability).toBeGreaterThanOrEqual(0);
      expect(m.probability).toBeLessThanOrEqual(1);
    }
  });
});

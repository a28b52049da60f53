import { describe, expect, it } from 'vitest';
import { claimTokens, makeBag } from '@/utils/engine/bag';
import { indexStats } from '@/utils/engine/build';
import { meaning } from '@/utils/engine/meaning';
import { index } from './embedded';

const bag = (text: string) => {
  const { tokens, parts } = claimTokens(text, 0, text.length);
  return makeBag(tokens, indexStats(index), index.lexicon, parts);
};

describe('meaning: word vectors taken together', () => {
  it('finds a paraphrase whose words match only loosely nearer than a sentence on another matter', () => {
    const claim = bag('Officials declined to comment on the leaked recording.');
    const paraphrase = bag('The government refused to discuss the tape that was made public.');
    const other = bag('The football team won the championship after a long season.');
    expect(meaning(claim, paraphrase, index.lexicon).all).toBeGreaterThan(meaning(claim, other, index.lexicon).all);
  });

  it('leaves who (roles such as envoy and aide) out of what happened', () => {
    const a = bag('The envoy advised the aide.');
    const b = bag('The envoy praised the weather.');
    const m = meaning(a, b, index.lexicon);
    expect(m.what).toBeLessThan(m.all);
  });

  it('is 0 without a lexicon, or without words the lexicon knows', () => {
    expect(meaning(bag('leaked recording'), bag('leaked tape'), undefined)).toEqual({ all: 0, what: 0 });
    expect(meaning(bag('Witkoff'), bag('Ushakov'), index.lexicon).all).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import type { Bag } from '@/utils/engine/bag';
import { CosineCache } from '@/utils/engine/cosines';
import { alignText } from '@/utils/engine/index';
import { similarity } from '@/utils/engine/similarity';
import { SIM } from '@/utils/engine/tunables';
import { index, pack } from './embedded';

const passage = (article: number, words: string) =>
  index.passages.find((p) => p.article === article && p.text.includes(words))!;
const score = (a: Bag, b: Bag) => similarity(a, b, index.lexicon, new CosineCache()).score;
const whole = (b: Bag): Bag => ({ ...b, parts: [] });

// Seed 000 quotes the Telegraph: the aide "appeared to confirm the authenticity of the recordings on
// Wednesday: while he claimed some of them were "forgeries," he said he would not comment on the rest ...".
// The quotation is one claim (it keeps its speaker), but it carries two; seed 002 reports only the second.
const quote = passage(0, 'would not comment on the rest');
const second = passage(1, 'declined to comment on the remainder');

describe("similarity with a claim's parts", () => {
  it('scores a passage that reports one part of a claim by that part, at SIM.part of its score', () => {
    expect(quote.bag.parts).toHaveLength(2);
    const partScore = score(quote.bag.parts[1]!, second.bag);
    expect(partScore * SIM.part).toBeGreaterThan(score(whole(quote.bag), second.bag) * 1.5);
    expect(score(quote.bag, second.bag)).toBeCloseTo(partScore * SIM.part, 6);
    // The same from either side.
    expect(score(second.bag, quote.bag)).toBeCloseTo(score(quote.bag, second.bag), 6);
  });

  it('leaves claims without parts scored whole', () => {
    const a = passage(1, 'declined to comment on the remainder');
    const b = passage(2, 'did not deny');
    expect(a.bag.parts).toEqual([]);
    expect(b.bag.parts).toEqual([]);
    expect(score(a.bag, b.bag)).toBe(score(whole(a.bag), whole(b.bag)));
  });

  it('links the two-claim quotation to the passage that reports only its second claim', () => {
    const a = pack.articles[0]!;
    const claim = alignText(index, a.text, { url: a.url ?? undefined }).claims.find(
      (c) => c.start <= quote.start && c.end >= quote.end,
    )!;
    const same = claim.matches.filter((m) => m.relation === 'same').map((m) => m.start);
    expect(same).toContain(second.start);
  });
});

import { describe, expect, it } from 'vitest';
import { alignText } from '@/utils/engine/index';
import { claimTokens, makeBag } from '@/utils/engine/bag';
import { CosineCache } from '@/utils/engine/cosines';
import { indexStats } from '@/utils/engine/build';
import { scoreClaims } from '@/utils/engine/link';
import { longestIncreasing, retoldArticles, toldTogether } from '@/utils/engine/order';
import { PairSet } from '@/utils/engine/pair-set';
import { THRESHOLDS } from '@/utils/engine/tunables';
import { index, pack } from './embedded';
const [seed000, seed002] = pack.articles;

/** A set of (claim, passage) pairs. */
function pairs(...list: Array<[number, number]>): PairSet {
  const out = new PairSet();
  for (const [claim, passage] of list) out.add(claim, passage);
  return out;
}

const SIGNATURE = 'published without a signature or even a date';
const BYLINE = 'without a byline or dateline';

/** A sentence's bag, weighed against the embedded index. */
const stats = indexStats(index);
const bagOf = (s: string) => makeBag(claimTokens(s, 0, s.length).tokens, stats, index.lexicon);
/** Scores claims against one pack article only (by index position). */
const onlyArticle = (a: number) => ({
  index,
  allowed: (b: number) => b === a,
  copies: new Set<number>(),
  cache: new CosineCache(),
});

/** How the sentence of `text` that contains `words` is linked to the passage of seed 002 that contains `there`. */
function relation(text: string, words: string, there: string) {
  const claim = alignText(index, text, { storyId: pack.story.id }).claims.find((c) => c.text.includes(words));
  return claim?.matches.find((m) => m.articleId === seed002!.id && m.text.includes(there))?.relation;
}

describe('longestIncreasing', () => {
  it('keeps the longest run of pairs that increase in both texts, whatever order they come in', () => {
    expect(
      longestIncreasing([
        [5, 9],
        [0, 1],
        [2, 0],
        [3, 4],
        [4, 2],
        [6, 10],
      ]),
    ).toEqual([
      [0, 1],
      [3, 4],
      [5, 9],
      [6, 10],
    ]);
    expect(longestIncreasing([])).toEqual([]);
  });
});

describe('a text that retells an article in order', () => {
  it('links a paraphrase at the same place in both ("without a signature or even a date" / "without a byline or dateline")', () => {
    expect(seed000!.text).toContain(SIGNATURE);
    expect(relation(seed000!.text, SIGNATURE, BYLINE)).toBe('same');
  });

  it('does not when the text is not a retelling, though the sentence stands at the same place', () => {
    const sentences = seed000!.text.split(/(?<=\.)\s+/u);
    const at = sentences.findIndex((s) => s.includes(SIGNATURE));
    const others = sentences.filter((_, i) => i !== at);
    // Out of order: every other sentence reversed around it.
    const reversed = others.reverse();
    expect(
      relation([...reversed.slice(0, at), sentences[at], ...reversed.slice(at)].join(' '), SIGNATURE, BYLINE),
    ).not.toBe('same');
    // Short: five sentences, this one where the byline passage stands in seed 002.
    const passages = index.articles[1]!.passages;
    const place = passages.findIndex((id) => index.passages[id]!.text.includes(BYLINE)) / (passages.length - 1);
    const before = Math.round(place * 4);
    const short = [...sentences.slice(at - before, at + 1), ...sentences.slice(at + 1, at + 5 - before)];
    expect(short).toHaveLength(5);
    expect(relation(short.join(' '), SIGNATURE, BYLINE)).not.toBe('same');
  });
});

describe('a sentence that a rewrite split in two', () => {
  // Seed 002 says in one sentence what seed 000 says in two: published without a byline or dateline (000: "without
  // a signature or even a date"), presumably to protect the identity of its source (000: "This was probably done
  // because indicating the place of writing or the name of the author could provide clues as to the identity of
  // the source").
  const HALF = 'This was probably done because indicating the place of writing';
  const PROTECT = 'protect the identity of its source';

  it('links the second half to the passage as the same claim, in a text that retells it', () => {
    expect(relation(seed000!.text, HALF, PROTECT)).toBe('same');
  });

  describe('toldTogether', () => {
    const first = seed000!.text.split(/(?<=\.)\s+/u).find((s) => s.includes(SIGNATURE))!;
    const second = seed000!.text.split(/(?<=\.)\s+/u).find((s) => s.includes(HALF))!;
    const passage = index.passages.findIndex((p) => p.article === 1 && p.text.includes(PROTECT));
    const together = (claims: string[], aligned: PairSet) => {
      const bags = claims.map(bagOf);
      const ctx = onlyArticle(1);
      const text = { ctx, bags, scored: scoreClaims(ctx, bags), retold: retoldArticles(index, aligned) };
      return toldTogether(text, pairs([0, passage]));
    };
    const retold = pairs([0, passage]);

    it('adds the neighbour that covers what the matched claim left out of the passage', () => {
      expect(together([first, second], retold)).toEqual(pairs([1, passage]));
    });

    it('only in an article the text retells', () => {
      expect(together([first, second], pairs()).size).toBe(0);
    });

    it('not a neighbour that adds nothing the matched claim did not cover', () => {
      expect(together([first, `${first.replace(/\.$/u, '')}, the author noted again.`], retold).size).toBe(0);
    });
  });
});

describe('a passage that a rewrite told in two sentences', () => {
  // Seed 004 says in one sentence what seed 002 says in two: Ukraine has a motive (002: "Other potential culprits
  // include … Ukraine, which has been deeply uneasy about his role") but would risk too much (002: "However, the
  // technical capability required … coupled with the risk of a catastrophic diplomatic fallout with the US, makes
  // this possibility less likely"). The sentence before them names a source in the US and nothing of Ukraine.
  const sentences = ['"My strong suspicion', 'Other potential culprits', 'However, the technical capability'].map(
    (start) => seed002!.text.split(/(?<=[."])\s+/u).find((s) => s.startsWith(start))!,
  );
  const passage = index.passages.findIndex((p) => p.article === 2 && p.text.startsWith('Ukraine, deeply opposed'));
  const bags = sentences.map(bagOf);
  const ctx = onlyArticle(2);
  const matched = pairs([1, passage]);

  it('adds the neighbour that tells what happened next, not the one that adds only a name', () => {
    const text = { ctx, bags, scored: scoreClaims(ctx, bags), retold: retoldArticles(index, matched) };
    expect(toldTogether(text, matched)).toEqual(pairs([2, passage]));
  });

  it('links the second sentence to the passage as the same claim, below the floor a pair at the same place needs', () => {
    const claim = alignText(index, seed002!.text, { url: seed002!.url ?? undefined }).claims.find((c) =>
      c.text.startsWith('However, the technical capability'),
    );
    const match = claim?.matches.find((m) => m.text.startsWith('Ukraine, deeply opposed'));
    expect(match?.relation).toBe('same');
    expect(match!.score).toBeLessThan(THRESHOLDS.alignedFloor);
  });
});

// Parallel retellings. A text that retells an article in order (a rewrite, a translation, an edited copy)
// keeps the article's sequence, so once enough of its claims match the article's passages in order, a claim
// at the same relative place as a passage most likely reports it even in other words ("published without a
// signature or even a date" / "without a byline or dateline"). Place means something only between texts of
// about the same length that run in parallel: a short piece on another angle, or a summary of a long article,
// never qualifies, and then nothing changes. A retelling also splits sentences and joins them: toldTogether.

import { joinBags, type Bag } from './bag';
import type { EngineIndex } from './build';
import type { Scored, Standing, TextClaims } from './link';
import { adjacent, type Neighbour } from './neighbours';
import { PairSet } from './pair-set';
import { relationOf } from './relation';
import { covered } from './similarity';
import { ORDER } from './tunables';

/** The pairs that sit at the same relative place in the text and in an
 *  article it retells in order. `isSentence[claim]` tells the text's sentences from its headings. */
export function alignedPairs(
  index: EngineIndex,
  scored: Scored[][],
  standing: Standing,
  isSentence: boolean[],
): PairSet {
  const anchors = new Map<number, Array<[number, number]>>();
  scored.forEach((list, claim) => {
    for (const pair of list) {
      const ranks = standing(claim, pair);
      if (!ranks.claimsBest || !ranks.passagesBest || relationOf(pair.sim, ranks) !== 'same') continue;
      const a = pair.passage.article;
      anchors.set(a, [...(anchors.get(a) ?? []), [claim, index.articles[a]!.passages.indexOf(pair.id)]]);
    }
  });
  const place: number[] = [];
  let sentences = 0;
  for (const s of isSentence) place.push(s ? sentences++ : -1);
  const out = new PairSet();
  for (const [a, pairs] of anchors) {
    const passages = index.articles[a]!.passages;
    const lengths = [sentences, passages.length].sort((x, y) => x - y);
    const chain = longestIncreasing(pairs).length;
    if (chain < ORDER.minAnchors || chain < ORDER.minShare * sentences) continue;
    if (lengths[1]! > ORDER.maxLengthRatio * lengths[0]!) continue;
    scored.forEach((list, claim) => {
      if (place[claim]! < 0) return; // a heading: never linked
      const here = place[claim]! / Math.max(1, sentences - 1);
      for (const { id, passage: p } of list) {
        if (p.article !== a) continue;
        const there = passages.indexOf(id) / Math.max(1, passages.length - 1);
        if (Math.abs(here - there) <= ORDER.near) out.add(claim, id);
      }
    });
  }
  return out;
}

/**
 * The pairs where a claim and the one next to it tell a passage together. A
 * rewrite splits one sentence in two and joins two in one, so in an article the text retells (one with
 * aligned pairs, `t.retold`), a claim whose neighbour reports a passage as the same claim reports it too when it adds
 * what the neighbour left out: the two together cover at least ORDER.minGain more of the passage's weight
 * than the neighbour alone, and as much more of what happened in it (a claim that adds only names or roles tells
 * nothing). That gain is the test, not the pair's own score: a short half scores low against a whole sentence.
 * `same` holds the pairs that report the same claim without this.
 */
export function toldTogether(
  t: Pick<TextClaims, 'ctx' | 'bags' | 'scored' | 'retold'>,
  same: PairSet,
  neighbour: Neighbour = adjacent,
): PairSet {
  const { index, cache } = t.ctx;
  const covers = (claim: Bag, passage: Bag) => covered(passage, claim, index.lexicon, cache);
  const out = new PairSet();
  t.scored.forEach((list, claim) => {
    for (const { id, passage } of list) {
      if (!t.retold.has(passage.article) || same.has(claim, id)) continue;
      for (const next of [neighbour(claim, -1), neighbour(claim, 1)]) {
        if (!same.has(next, id)) continue;
        const both = covers(joinBags(t.bags[claim]!, t.bags[next]!), passage.bag);
        const alone = covers(t.bags[next]!, passage.bag);
        if (both.all - alone.all >= ORDER.minGain && both.what - alone.what >= ORDER.minGain) {
          out.add(claim, id);
        }
      }
    }
  });
  return out;
}

/** The articles a text retells in order: those with pairs at the same place (alignedPairs). */
export function retoldArticles(index: EngineIndex, aligned: PairSet): Set<number> {
  return new Set([...aligned.passages()].map((id) => index.passages[id]!.article));
}

/** The longest run of [claim, passage] pairs increasing in both (the pairs come sorted by neither). */
export function longestIncreasing(pairs: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...pairs].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const ending: Array<Array<[number, number]>> = [];
  sorted.forEach((pair, i) => {
    let before: Array<[number, number]> = [];
    for (let j = 0; j < i; j++) {
      const [c, q] = sorted[j]!;
      if (c < pair[0] && q < pair[1] && ending[j]!.length > before.length) before = ending[j]!;
    }
    ending.push([...before, pair]);
  });
  return ending.reduce((m, run) => (run.length > m.length ? run : m), []);
}

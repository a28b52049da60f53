import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignText, buildIndex, decodeLexicon, detectStories } from '@/utils/engine/index';
import { withNeighbourSupport } from '@/utils/engine/link';
import { LINK } from '@/utils/engine/tunables';
import { nameKey } from '@/utils/engine/names';
import { index, lexicon, pack, root } from './embedded';

const read = (dir: string) =>
  fs
    .readdirSync(path.join(root, 'tests', 'fixtures', dir))
    .map((f) => [f, fs.readFileSync(path.join(root, 'tests', 'fixtures', dir, f), 'utf8')] as const);

describe('name variants', () => {
  it('folds transliterations together and keeps different names apart', () => {
    expect(nameKey('witkoff')).toBe(nameKey('vitkoff'));
    expect(nameKey('ushakov')).toBe(nameKey('uschakow'));
    expect(nameKey('dmitriev')).toBe(nameKey('dmitrijew'));
    expect(nameKey('ushakov')).not.toBe(nameKey('witkoff'));
  });
});

describe('story detection', () => {
  it('detects every pack article', () => {
    for (const a of pack.articles) expect(detectStories(index, a.text)[0]?.detected, a.id).toBe(true);
  });
  it.each(read('positives'))('detects the positive %s', (_, text) => {
    expect(detectStories(index, text)[0]?.detected).toBe(true);
  });
  it.each(read('dev'))('detects the development text %s', (_, text) => {
    expect(detectStories(index, text)[0]?.detected).toBe(true);
  });
  it.each(read('near-misses'))('does not detect the near-miss %s', (_, text) => {
    expect(detectStories(index, text)[0]?.detected).toBe(false);
  });
  it('takes a name as the story writes it: the "New" of New Zealand is not the "News" of Bloomberg News', () => {
    const page = [
      'New Zealand officials confirmed the figures for the dairy season on Monday.',
      'New Zealand scientists raised the question of how glaciers retreat.',
      'New Zealand farmers voiced suspicion about the subsidy plan.',
      'New Zealand courts will hear the authenticity challenge next month.',
      'New Zealand lawmakers sought to expose waste in the health budget.',
    ].join(' ');
    expect(detectStories(index, page)[0]?.detected).toBe(false);
    expect(detectStories(index, page.replaceAll('New Zealand', 'Bloomberg News'))[0]?.detected).toBe(true);
  });
  it('does not detect empty or unrelated text', () => {
    expect(detectStories(index, '')[0]?.detected).toBe(false);
    expect(alignText(index, 'Recipe: whisk two eggs with flour and sugar. Bake for 20 minutes.').claims).toEqual([]);
  });
});

describe('alignText', () => {
  it('links a seed to the other seeds, never to itself, with offsets that slice the texts', () => {
    const self = pack.articles[0]!;
    const result = alignText(index, self.text, { url: self.url ?? undefined });
    expect(result.story?.detected).toBe(true);
    const matches = result.claims.flatMap((c) => c.matches);
    expect(matches.length).toBeGreaterThan(10);
    expect(matches.some((m) => m.articleId === self.id)).toBe(false);
    for (const c of result.claims) expect(self.text.slice(c.start, c.end)).toBe(c.text);
    for (const m of matches)
      expect(pack.articles.find((a) => a.id === m.articleId)!.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('recognises the page as a pack article by its text alone (a different capture)', () => {
    const self = pack.articles[1]!;
    const capture = `Menu\nSubscribe\n${self.text}\nShare this article`;
    const ids = alignText(index, capture).claims.flatMap((c) => c.matches.map((m) => m.articleId));
    expect(ids).not.toContain(self.id);
    expect(ids.length).toBeGreaterThan(0);
  });

  it('marks a copy of a pack article under another address as a copy', () => {
    const other = pack.articles[2]!;
    const copy = other.text.split('. ').slice(0, 12).join('. ');
    const relations = alignText(index, copy, { url: 'https://example.com/wire' }).claims.flatMap((c) =>
      c.matches.filter((m) => m.articleId === other.id).map((m) => m.relation),
    );
    expect(relations.length).toBeGreaterThan(0);
    expect(new Set(relations)).toEqual(new Set(['copy']));
  });

  it('finds the Hoffman quote with its differences', () => {
    const result = alignText(index, pack.articles[0]!.text, { url: pack.articles[0]!.url ?? undefined });
    const claim = result.claims.find((c) => c.text.includes('100 million'))!;
    const m = claim.matches.find((x) => x.text.includes('100m'))!;
    expect(m.relation).toBe('same');
    // Both quotations whole, as each outlet prints them (issue 20 item 9: were the fragments "100 million" / "100m").
    expect(m.differences).toContainEqual({
      kind: 'quote',
      here: "It's very difficult to speculate. It could be 100 million different things, including someone on the Russian side trying to damage Witkoff's reputation",
      there:
        "could be 100m different things, including somebody on the Russian side trying to hurt Witkoff's reputation",
    });
  });
});

describe('bad input', () => {
  it('rejects bytes that are not a lexicon', () => {
    expect(() => decodeLexicon(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(/lexicon/);
  });
  it('works without resources and on odd text', () => {
    const plain = buildIndex([pack]);
    expect(() => alignText(plain, '\u0000\uFFFF …… "" “”')).not.toThrow();
    expect(alignText(plain, pack.articles[1]!.text).story?.detected).toBe(true);
  });
});

describe('questions', () => {
  it('links a question as the same claim only to passages that pose it too', () => {
    const article = pack.articles.find((a) => a.text.includes('who provided the sensitive audio'))!;
    const result = alignText(index, article.text, { url: article.url ?? undefined });
    const question = result.claims.find((c) => c.text.startsWith('who provided the sensitive audio'))!;
    const same = question.matches.filter((m) => m.relation === 'same');
    expect(same.length).toBeGreaterThan(0);
    expect(same.every((m) => /\b(who|question)\b/i.test(m.text))).toBe(true);
  });
});

describe('neighbour support', () => {
  const sim = (score: number) => ({ forward: score, backward: score, score, what: score });
  const NO_MEANING = { all: 0, what: 0 };
  const pair = (id: number, score: number) => ({
    id,
    passage: index.passages[id]!,
    meaning: NO_MEANING,
    sim: sim(score),
  });
  const b = index.articles[1]!.passages;
  it('raises a pair whose neighbouring claims match the neighbouring passages, and no other', () => {
    // Claim 1 ↔ passage b[1] is supported by claim 0 ↔ b[0]; claim 1 ↔ b[3] has no matching neighbour.
    const scored = [[pair(b[0]!, 0.6)], [pair(b[1]!, 0.2), pair(b[3]!, 0.2)]];
    const [, second] = withNeighbourSupport(index, scored);
    expect(second![0]!.sim.score).toBeCloseTo(0.2 + LINK.neighbourSupport * 0.6);
    expect(second![1]!.sim.score).toBe(0.2);
  });
  it('never takes support across the end of an article', () => {
    const lastOfA = index.articles[0]!.passages.at(-1)!;
    const scored = [[pair(lastOfA, 0.5)], [pair(b[0]!, 0.2)]];
    expect(withNeighbourSupport(index, scored)[1]![0]!.sim.score).toBe(0.2);
  });
});

describe('a text in several stories', () => {
  it('is linked within the best story and names the others it is detected in', () => {
    const copy = { ...pack, story: { ...pack.story, id: 'copy', title: 'A copy of the story' } };
    const comet = { ...pack, story: { id: 'comet', title: 'Comet' }, articles: [] };
    const both = buildIndex([pack, copy, comet], { lexicon });
    const result = alignText(both, pack.articles[0]!.text, { url: pack.articles[0]!.url ?? undefined });
    const ids = [result.story!.id, ...(result.alsoIn ?? []).map((s) => s.id)];
    expect(ids.sort()).toEqual(['copy', pack.story.id].sort());
    expect(result.alsoIn!.every((s) => s.detected)).toBe(true);
    expect(alignText(index, pack.articles[0]!.text).alsoIn).toBeUndefined();
  });
});

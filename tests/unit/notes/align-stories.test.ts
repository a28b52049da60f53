import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignText, buildIndex, findDifferences, type Claim } from '@/utils/engine';
import { alignInStories } from '@/utils/notes/align-stories';
import { groupByStory } from '@/utils/notes/story-groups';
import type { StoryPack } from '@/utils/pack/schema';
import { lexicon, pack as seeds } from '../engine/embedded';

// A page in several stories (issue 20, item 2): the built-in story and a reader's own story that holds the same
// page at the newsroom's address and another outlet's report. The page's notes keep the built-in story's links
// and gain the other story's, each passage once.

const [unian, capital] = seeds.articles;
const NEWSROOM = 'http://127.0.0.1:4000/capitalpost/politics/leaked-calls-reveal-trump-aides-kremlin-advice.html';
const SCOOP = readFileSync('tests/fixtures/positives/scoop-content.txt', 'utf8');
const mine: StoryPack = {
  format: 'sidelight-story-pack',
  version: 1,
  story: { id: 'mine', title: 'My reading' },
  articles: [
    { ...capital!, id: 'a1', url: NEWSROOM },
    { id: 'a2', outlet: 'Wire', url: 'https://wire.example/scoop', language: 'en', text: SCOOP },
  ],
} as StoryPack;
const index = buildIndex([seeds, mine], { lexicon });

/** Each claim's reporting passages as "outlet (story)". */
const linked = (claims: Claim[], start: string) =>
  claims.find((c) => c.text.startsWith(start))!.matches.map((m) => `${m.outlet} (${m.storyId})`);

describe('notes from every story a page is in', () => {
  // What the built-in story alone links on this page.
  const alone = alignText(index, capital!.text, { url: NEWSROOM, storyId: 'witkoff-leak' });
  const result = alignInStories(index, capital!.text, { url: NEWSROOM, holding: ['mine'] })!;

  it('keeps the built-in story’s links when the page is added to a story of one’s own', () => {
    expect([result.story!.id, ...(result.alsoIn ?? []).map((s) => s.id)].sort()).toEqual(['mine', 'witkoff-leak']);
    // Every passage the built-in story alone links is still linked, under that story.
    alone.claims.forEach((claim, i) => {
      for (const m of claim.matches)
        expect(result.claims[i]!.matches).toContainEqual({ ...m, storyId: 'witkoff-leak' });
    });
    // A quotation the built-in story links to UNIAN (the case: it said "No other source" after).
    const quote = '"My strong suspicion is that this came from the US side';
    expect(linked(alone.claims, quote)).toContain('UNIAN (undefined)');
    expect(linked(result.claims, quote)).toContain('UNIAN (witkoff-leak)');
  });

  it('adds the other story’s links, marked with that story, and never the page itself', () => {
    const fromMine = result.claims.flatMap((c) => c.matches.filter((m) => m.storyId === 'mine'));
    expect(fromMine.length).toBeGreaterThan(0);
    expect(new Set(fromMine.map((m) => m.outlet))).toEqual(new Set(['Wire']));
    expect(linked(result.claims, 'One call featured')).toEqual(expect.arrayContaining(['Wire (mine)']));
  });

  it('leaves the differences out when asked, and each pair then finds what the alignment would have', () => {
    // The side notes are drawn before their differences (the page asks for them next: 'find-differences').
    const later = alignInStories(index, capital!.text, { url: NEWSROOM, holding: ['mine'], differences: false })!;
    const links = later.claims.flatMap((c) => c.matches);
    expect(links.length).toBe(result.claims.flatMap((c) => c.matches).length);
    expect(links.filter((m) => m.differences.length)).toEqual([]);
    const found = later.claims.map((c) => ({
      ...c,
      matches: c.matches.map((m) => ({ ...m, differences: findDifferences(c.text, m.text) })),
    }));
    expect(found).toEqual(result.claims);
    expect(links.length).toBeGreaterThan(0);
    expect(result.claims.some((c) => c.matches.some((m) => m.differences.length))).toBe(true);
  });

  it('counts a passage two stories hold once', () => {
    // Read from UNIAN: Capital Post is in both stories (at two addresses, with the same words).
    const fromUnian = alignInStories(index, unian!.text, { url: unian!.url! })!;
    for (const claim of fromUnian.claims) {
      const keys = claim.matches.map((m) => `${m.outlet}|${m.text}`);
      expect(new Set(keys).size, claim.text).toBe(keys.length);
    }
    const capitalLinks = fromUnian.claims.flatMap((c) => c.matches.filter((m) => m.outlet === 'Capital Post'));
    expect(capitalLinks.length).toBeGreaterThan(0);
    expect(capitalLinks.every((m) => m.storyId === 'witkoff-leak')).toBe(true);
  });

  it('groups a note’s passages by story, in the page’s order of its stories', () => {
    const stories = [result.story!, ...(result.alsoIn ?? [])];
    const claim = result.claims.find((c) => new Set(c.matches.map((m) => m.storyId)).size === 2)!;
    const groups = groupByStory(claim.matches, stories);
    expect(groups.map((g) => g.id)).toEqual(stories.map((s) => s.id));
    for (const g of groups) expect(g.matches.every((m) => m.storyId === g.id)).toBe(true);
  });

  it('aligns against a story that holds the page even when its text is not detected as it; none: null', () => {
    const held = alignInStories(index, 'Rain is expected tomorrow across the north.', {
      url: 'https://x.example/',
      holding: ['mine'],
    });
    expect(held?.story).toMatchObject({ id: 'mine', detected: false });
    expect(alignInStories(index, 'Rain is expected tomorrow across the north.')).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSpotter, deriveSpotTerms, markRareTerms, spotStories, type SpotStory } from '@/utils/spot';
import type { StoryPack } from '@/utils/pack/schema';

const pack = JSON.parse(readFileSync('public/stories/witkoff-leak.json', 'utf8')) as StoryPack;

describe('spot terms', () => {
  const stories = deriveSpotTerms([pack]);
  const spotter = compileSpotter(stories);

  it('are names the story’s articles share, not sentence openers', () => {
    const { terms } = stories[0]!;
    expect(terms).toEqual(expect.arrayContaining(['Witkoff', 'Ushakov', 'Kremlin']));
    for (const opener of ['The', 'However', 'While']) expect(terms).not.toContain(opener);
  });

  it('flag every article of the story', () => {
    for (const article of pack.articles) expect(spotStories(article.text, stories, spotter)).toEqual(['witkoff-leak']);
  });

  it('stay silent on a page with one shared name only', () => {
    expect(spotStories('The Kremlin said on Monday that talks would resume.', stories, spotter)).toEqual([]);
  });

  it('match whole words only', () => {
    expect(spotStories('Witkoffs and Ushakovian Kremlinology', stories, spotter)).toEqual([]);
    // A term that is a prefix of another still finds the longer one.
    const nested = [{ storyId: 's', terms: ['Russia', 'Russian', 'Kyiv'] }];
    expect(spotStories('Russian officials in Kyiv', nested, compileSpotter(nested))).toEqual(['s']);
  });

  it('do nothing without stories', () => {
    expect(compileSpotter([])).toBeNull();
    expect(spotStories('Witkoff Ushakov', [], null)).toEqual([]);
  });

  it('with rare terms marked, common words alone do not flag a page', () => {
    const common = new Set(['president', 'white', 'house', 'russian', 'kremlin', 'moscow', 'american']);
    const marked = markRareTerms(stories, (w) => common.has(w.toLowerCase()));
    const rareSpotter = compileSpotter(marked);
    expect(marked[0]!.rare).toEqual(expect.arrayContaining(['Witkoff', 'Ushakov']));
    expect(marked[0]!.rare).not.toContain('President');
    expect(spotStories('The Russian President spoke at the White House.', marked, rareSpotter)).toEqual([]);
    expect(spotStories('Witkoff met Ushakov in the Kremlin.', marked, rareSpotter)).toEqual(['witkoff-leak']);
    for (const article of pack.articles)
      expect(spotStories(article.text, marked, rareSpotter)).toEqual(['witkoff-leak']);
  });

  it('pick each story on its own terms when several are known, with and without rare terms marked', () => {
    const gaza = { storyId: 'gaza', terms: ['Gaza', 'Hamas', 'Witkoff'], rare: ['Gaza', 'Hamas'] };
    const leak = { storyId: 'leak', terms: ['Witkoff', 'Ushakov', 'Kremlin'], rare: ['Witkoff', 'Ushakov'] };
    const both = [gaza, leak];
    const spot = (text: string, s: SpotStory[] = both) => spotStories(text, s, compileSpotter(s));
    expect(spot('Witkoff met Ushakov in the Kremlin.')).toEqual(['leak']);
    expect(spot('Witkoff flew to Gaza for talks with Hamas.')).toEqual(['gaza']);
    expect(spot('Witkoff spoke of Gaza and Hamas, then of Ushakov.')).toEqual(['gaza', 'leak']);
    expect(compileSpotter(both)!.rare).not.toBeNull();
    // A story without rare terms marked (no lexicon) needs the full pass for every page.
    const unmarked = [{ storyId: 'plain', terms: ['Kremlin', 'Moscow'] }, leak];
    expect(compileSpotter(unmarked)!.rare).toBeNull();
    expect(spot('The Kremlin said in Moscow.', unmarked)).toEqual(['plain']);
  });
});

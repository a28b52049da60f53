// The cheap test finds a story's rare names however a page in another language or script spells them.
import { describe, expect, it } from 'vitest';
import { pageSpellings, spellingKeys } from '@/utils/engine/index';
import { compileSpotter, spotStories, withSpellingKeys, type SpotStory } from '@/utils/spot';

const story: SpotStory = {
  storyId: 's',
  terms: ['Witkoff', 'Ushakov', 'Kremlin', 'Bloomberg'],
  rare: ['Witkoff', 'Ushakov'],
};
const stories = withSpellingKeys([story], spellingKeys);
const spotter = compileSpotter(stories);

describe('spotStories across spellings', () => {
  it('finds names in Cyrillic, inflected', () => {
    const text = 'Видання Bloomberg оприлюднило розмову між Стівом Віткоффом та Юрієм Ушаковим.';
    expect(spotStories(text, stories, spotter)).toEqual([]);
    expect(spotStories(text, stories, spotter, pageSpellings)).toEqual(['s']);
  });

  it('finds names in another Latin spelling', () => {
    const text = 'Agencja Bloomberg dotarła do nagrania rozmowy Witkoffa z doradcą Jurijem Uszakowem, że i nie.';
    expect(spotStories(text, stories, spotter, pageSpellings)).toEqual(['s']);
  });

  it('leaves an English page to the first pass, and a page without the names alone', () => {
    const english = 'The envoy Vitkoff spoke with Uschakow, and it was said that the call was recorded.';
    expect(spotStories(english, stories, spotter, pageSpellings)).toEqual([]);
    const other = 'Видання Bloomberg оприлюднило розмову між міністрами про плани уряду.';
    expect(spotStories(other, stories, spotter, pageSpellings)).toEqual([]);
  });

  it('does not read a page in no language it knows under other spellings (the menus atop a large English page)', () => {
    const menus = 'Home News Sports Finance Weather Vitkoff Uschakow Bloomberg Kremlin Markets Video Shopping';
    expect(pageSpellings(menus)).toBeNull();
    expect(spotStories(menus, stories, spotter, pageSpellings)).toEqual([]);
  });
});

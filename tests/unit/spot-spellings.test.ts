// The cheap test finds a story's rare names however a page in another language or script spells them.
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageSpellings, spellingKeys } from '@/utils/engine/index';
import { bridgedLanguage } from '@/utils/engine/languages/identify';
import { spotText } from '@/utils/dom/spot-text';
import { compileSpotter, spotStories, withSpellingKeys, type SpotStory } from '@/utils/spot';
import { reportingFixtures } from '../../scripts/eval/corpora';

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

  it('finds names in Cyrillic written in lowercase, as some outlets write an enemy official’s name', () => {
    const text = 'Видання Bloomberg оприлюднило розмову між віткоффом та ушаковим про мирний план.';
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

const shared = path.resolve(__dirname, '..', '..', '..', 'shared', 'fixtures');
const hasShared = fs.existsSync(shared);

/** What the spot test reads on each real page (its source as served) and the text of each real excerpt. */
function realTexts(): Array<[string, string]> {
  const pages = path.join(shared, 'real-pages');
  const reporting = path.join(shared, 'reporting');
  return [
    ...fs
      .readdirSync(pages)
      .filter((d) => fs.existsSync(path.join(pages, d, 'source.html')))
      .map((d): [string, string] => {
        const { document } = parseHTML(fs.readFileSync(path.join(pages, d, 'source.html'), 'utf8'));
        return [d, spotText(document as unknown as Document)];
      }),
    ...reportingFixtures(reporting).map(({ name, text }): [string, string] => [name, text]),
  ];
}

describe.skipIf(!hasShared)(`the spot test's quick way past English pages (needs ${shared})`, () => {
  it('skips identifying no real page or excerpt in a language the engine reads', () => {
    const texts = realTexts();
    const read = texts.filter(([, text]) => bridgedLanguage(text));
    // Enough of them for the rule to be tested: German, French, Polish, Spanish and Cyrillic pages and excerpts.
    expect(read.length).toBeGreaterThan(15);
    expect(read.filter(([, text]) => !pageSpellings(text)).map(([name]) => name)).toEqual([]);
  }, 60_000);
});
if (!hasShared) console.warn(`skipping the spot test's real-text check: ${shared} not found`);

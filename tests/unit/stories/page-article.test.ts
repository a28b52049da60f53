import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseStoryPack } from '@/utils/pack/parse';
import { newStory } from '@/utils/stories/edit';
import { packDate, packLanguage, PageArticleSchema, toPackArticle } from '@/utils/stories/page-article';

const page = {
  url: 'https://www.capitalpost.example/world/comet.html',
  title: 'Comet  Halvorsen brightens',
  text: '  The comet brightened.  ',
  outlet: 'The Capital Post',
  author: 'Harriet Cole',
  published: '2025-11-25T23:40:00+00:00',
  lang: 'en-GB',
};

describe('a page as a pack article', () => {
  it('keeps outlet, address, title, author, date and language', () => {
    expect(toPackArticle(page, [])).toEqual({
      id: 'the-capital-post-comet-halvorsen-brightens',
      outlet: 'The Capital Post',
      url: page.url,
      title: 'Comet Halvorsen brightens',
      author: 'Harriet Cole',
      date: '2025-11-25',
      language: 'en-GB',
      text: 'The comet brightened.',
    });
  });

  it('falls back to the host for the outlet, drops non-web addresses and unknown dates, and always makes a valid pack', () => {
    const bare = toPackArticle(
      { url: 'file:///tmp/a.html', title: '', text: 'x', published: 'last Tuesday', lang: 'english?' },
      [],
      'a',
    );
    expect(bare).toEqual({ id: 'a-article', outlet: 'a', url: null, language: 'und', text: 'x' });
    const hosted = toPackArticle({ ...page, outlet: null }, []);
    expect(hosted.outlet).toBe('capitalpost.example');
    const story = newStory('Comet', bare, []);
    expect(story.ok && parseStoryPack(story.pack).ok).toBe(true);
  });

  it('rejects what a hostile page might send', () => {
    expect(v.safeParse(PageArticleSchema, { ...page, text: '   ' }).success).toBe(false);
    expect(v.safeParse(PageArticleSchema, { ...page, extra: 1 }).success).toBe(false);
    expect(v.safeParse(PageArticleSchema, { ...page, title: 'x'.repeat(2001) }).success).toBe(false);
  });

  it('reads dates and language tags', () => {
    expect(packDate('2025-11')).toBe('2025-11');
    expect(packDate('2025-13-01')).toBe('2025');
    expect(packDate(null)).toBeUndefined();
    expect(packLanguage('EN_us')).toBe('en-us');
    expect(packLanguage('')).toBe('und');
  });
});

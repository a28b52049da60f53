import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { storyStore } from '@/entrypoints/background/packs';
import { handleMessage } from '@/entrypoints/background/routes';
import { parseStoryPack } from '@/utils/pack/parse';
import { checkDetails, correctArticle, detailsOf, type ArticleDetails } from '@/utils/stories/correct';
import { extensionSender, pageSender } from '../messages/senders';
import { article, pack } from './helpers';

// Issue 20, item 8: an article's title, outlet, author, date and language can be corrected when the page was read
// wrong. A bad field rejects the whole correction, naming the field; the story is written only when all are good.

vi.mock('@/utils/browser/embedded-packs', () => ({ loadEmbeddedPacks: async () => [] }));
vi.mock('@/entrypoints/background/spot-terms', () => ({ publishSpotTerms: async () => undefined }));

const good: ArticleDetails = {
  title: '  Comet   brightens ',
  outlet: 'Northern Sky Weekly',
  author: 'Ingrid Solberg',
  date: '2025-11',
  language: 'en-GB',
};

describe('checking corrected details', () => {
  it('takes good details, spaces collapsed, and leaves out emptied optional ones', () => {
    expect(checkDetails(good)).toEqual({
      ok: true,
      details: {
        title: 'Comet brightens',
        outlet: 'Northern Sky Weekly',
        author: 'Ingrid Solberg',
        date: '2025-11',
        language: 'en-GB',
      },
    });
    expect(checkDetails({ ...good, title: ' ', author: '', date: '' })).toEqual({
      ok: true,
      details: { outlet: 'Northern Sky Weekly', language: 'en-GB' },
    });
  });

  it.each([
    ['an empty outlet', { outlet: '   ' }, 'outlet', 'outlet: must not be empty'],
    ['an empty language', { language: '' }, 'language', 'language: must not be empty'],
    ['a language name', { language: 'English' }, 'language', 'language: must be a BCP 47 language tag'],
    ['a day-first date', { date: '26/11/2025' }, 'date', 'date: must be a date as YYYY, YYYY-MM or YYYY-MM-DD'],
    ['month 13', { date: '2025-13-01' }, 'date', 'date: must be a date as YYYY, YYYY-MM or YYYY-MM-DD'],
    ['a 301-character author', { author: 'x'.repeat(301) }, 'author', 'author: longer than 300 characters'],
  ] as const)('rejects %s, naming the field', (_what, bad, field, error) => {
    expect(checkDetails({ ...good, ...bad })).toEqual({ ok: false, field, error });
  });

  it('names the first bad field in the form’s order', () => {
    expect(checkDetails({ ...good, outlet: '', date: 'soon' })).toMatchObject({ field: 'outlet' });
  });
});

describe('correcting an article of a story', () => {
  it('replaces the details, keeps the text, address and id, and the story stays a valid pack', () => {
    const before = pack('s', 2);
    const result = correctArticle(before, 'outlet-2', { ...good, author: '' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.articles[1]).toEqual({
      ...article(2),
      title: 'Comet brightens',
      outlet: 'Northern Sky Weekly',
      date: '2025-11',
      language: 'en-GB',
    });
    expect(result.pack.articles[0]).toEqual(before.articles[0]);
    expect(before.articles[1]).toEqual(article(2)); // the stored pack is not changed in place
    expect(parseStoryPack(result.pack)).toMatchObject({ ok: true });
  });

  it('removes an author or date that is emptied', () => {
    const before = pack('s', 1);
    before.articles[0] = article(1, { author: 'Wrong Name', date: '2024' });
    const result = correctArticle(before, 'outlet-1', { ...detailsOf(before.articles[0]!), author: '', date: '' });
    expect(result.ok && result.pack.articles[0]).toEqual(article(1));
  });

  it('refuses an article the story has not got', () => {
    expect(correctArticle(pack('s', 1), 'nope', good)).toEqual({ ok: false, error: 'no article "nope" in this story' });
  });
});

describe('the story-correct-article message', () => {
  const stories = extensionSender('stories.html');
  const correct = (details: ArticleDetails, sender = stories) =>
    handleMessage({ type: 'story-correct-article', storyId: 'mine', articleId: 'outlet-1', details }, sender);

  beforeEach(async () => {
    fakeBrowser.reset();
    for (const s of await storyStore.all()) await storyStore.delete(s.story.id);
    await storyStore.put(pack('mine', 2));
  });

  it('writes the corrected article, and the stories list shows it', async () => {
    expect(await correct(good)).toMatchObject({ ok: true });
    expect((await storyStore.get('mine'))?.articles[0]).toMatchObject({
      outlet: 'Northern Sky Weekly',
      author: 'Ingrid Solberg',
      date: '2025-11',
      language: 'en-GB',
      title: 'Comet brightens',
      text: article(1).text,
    });
    const list = await handleMessage({ type: 'stories-list' }, stories);
    expect(list).toMatchObject({
      stories: [
        { id: 'mine', articles: [{ id: 'outlet-1', outlet: 'Northern Sky Weekly', author: 'Ingrid Solberg' }, {}] },
      ],
    });
  });

  it('writes nothing when one field is bad, and says which', async () => {
    expect(await correct({ ...good, date: 'last Tuesday' })).toEqual({
      ok: false,
      field: 'date',
      error: 'date: must be a date as YYYY, YYYY-MM or YYYY-MM-DD',
    });
    expect(await storyStore.get('mine')).toEqual(pack('mine', 2));
  });

  it('is refused from a web page’s content script, and writes nothing', async () => {
    expect(await correct(good, pageSender('https://news.example.com/a'))).toMatchObject({ ok: false, refused: true });
    expect(await storyStore.get('mine')).toEqual(pack('mine', 2));
  });

  it('gets no answer with a field missing or one more field than the form has', async () => {
    const { author: _, ...missing } = good;
    const msg = { type: 'story-correct-article', storyId: 'mine', articleId: 'outlet-1' };
    expect(handleMessage({ ...msg, details: missing }, stories)).toBeUndefined();
    expect(handleMessage({ ...msg, details: { ...good, text: 'replaced' } }, stories)).toBeUndefined();
    expect(await storyStore.get('mine')).toEqual(pack('mine', 2));
  });
});

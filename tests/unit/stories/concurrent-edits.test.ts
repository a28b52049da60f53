import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { storyStore } from '@/entrypoints/background/packs';
import { handleMessage } from '@/entrypoints/background/routes';
import { extensionSender } from '../messages/senders';
import { pack } from './helpers';

// Issue 18, "nothing lost under races": two story edits sent at once (two quick "Remove" clicks, an add while a
// rename is on its way) both land. Each used to read the story, await, and write it whole, so the second write
// put back what the first had removed, or dropped what it had added.

// No built-in packs (they are fetched from the extension's files) and no engine to publish spot terms for.
vi.mock('@/utils/browser/embedded-packs', () => ({ loadEmbeddedPacks: async () => [] }));
vi.mock('@/entrypoints/background/spot-terms', () => ({ publishSpotTerms: async () => undefined }));

const library = extensionSender('stories.html');
const send = (msg: Parameters<typeof handleMessage>[0]) => handleMessage(msg, library);

/** What the extraction script gives for the page in a tab. */
const pageArticle = (n: number) => ({
  url: `https://added${n}.example/news`,
  title: `Added article ${n}`,
  text: `The comet brightened again, says added article ${n}.`,
  outlet: `Added ${n}`,
});

describe('story edits sent at once', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    for (const s of await storyStore.all()) await storyStore.delete(s.story.id);
    await storyStore.put(pack('mine', 4));
  });

  it('two removals both remove', async () => {
    const replies = await Promise.all([
      send({ type: 'story-remove-article', storyId: 'mine', articleId: 'outlet-1' }),
      send({ type: 'story-remove-article', storyId: 'mine', articleId: 'outlet-3' }),
    ]);
    expect(replies.map((r) => (r as { ok: boolean }).ok)).toEqual([true, true]);
    expect((await storyStore.get('mine'))?.articles.map((a) => a.id)).toEqual(['outlet-2', 'outlet-4']);
  });

  it('an article added while the story is renamed is kept, and so is the new title', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ result: pageArticle(1) } as never]);
    await Promise.all([
      send({ type: 'story-add-page', tabId: 5, storyId: 'mine' }),
      send({ type: 'story-rename', storyId: 'mine', title: 'Renamed' }),
    ]);
    const stored = await storyStore.get('mine');
    expect(stored?.story.title).toBe('Renamed');
    expect(stored?.articles.map((a) => a.url)).toContain('https://added1.example/news');
    expect(stored?.articles).toHaveLength(5);
  });

  it('two copies made at once are two stories', async () => {
    await Promise.all([send({ type: 'story-copy', storyId: 'mine' }), send({ type: 'story-copy', storyId: 'mine' })]);
    expect((await storyStore.all()).map((p) => p.story.id).sort()).toEqual(['mine', 'mine-copy', 'mine-copy-2']);
  });

  it('two new stories of the same title get two ids', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript')
      .mockResolvedValueOnce([{ result: pageArticle(1) } as never])
      .mockResolvedValueOnce([{ result: pageArticle(2) } as never]);
    await Promise.all([
      send({ type: 'story-add-page', tabId: 5, newTitle: 'Comet' }),
      send({ type: 'story-add-page', tabId: 6, newTitle: 'Comet' }),
    ]);
    const comets = (await storyStore.all()).filter((p) => p.story.title === 'Comet');
    expect(comets.map((p) => p.story.id).sort()).toEqual(['comet', 'comet-2']);
  });

  it('a failed edit does not stop the next one', async () => {
    const replies = await Promise.all([
      send({ type: 'story-remove-article', storyId: 'mine', articleId: 'no-such-article' }),
      send({ type: 'story-rename', storyId: 'mine', title: 'Still renamed' }),
    ]);
    expect(replies).toMatchObject([{ ok: false, error: /no article/ }, { ok: true }]);
    expect((await storyStore.get('mine'))?.story.title).toBe('Still renamed');
  });
});

import { describe, expect, it } from 'vitest';
import { parseStoryPack } from '@/utils/pack/parse';
import { addArticle, copyStory, newStory, removeArticle, renameStory, storiesWithUrl } from '@/utils/stories/edit';
import { slugify, uniqueId } from '@/utils/stories/ids';
import { article, pack } from './helpers';

const valid = (p: unknown) => expect(parseStoryPack(p)).toMatchObject({ ok: true });

describe('ids', () => {
  it('slugifies titles to the pack id rule, accents off', () => {
    expect(slugify('Zürich: Comet “Halvorsen” — seen!')).toBe('zurich-comet-halvorsen-seen');
    expect(slugify('!!!')).toBe('');
  });
  it('never reuses a taken id, and falls back when nothing is left of the title', () => {
    expect(uniqueId('Comet', ['comet', 'comet-2'])).toBe('comet-3');
    expect(uniqueId('???', [], 'story')).toBe('story');
  });
});

describe('story edits', () => {
  it('starts a story from one article with a unique slug id', () => {
    const r = newStory('  Comet   Halvorsen ', article(1), ['comet-halvorsen']);
    expect(r).toMatchObject({ ok: true, pack: { story: { id: 'comet-halvorsen-2', title: 'Comet Halvorsen' } } });
    if (r.ok) valid(r.pack);
    expect(newStory('  ', article(1), [])).toEqual({ ok: false, error: 'a story needs a title' });
  });

  it('adds an article with an id of its own; the same address replaces the earlier capture, keeping its id', () => {
    const base = pack('s', 2);
    const added = addArticle(base, article(9, { id: 'outlet-1' }));
    expect(added.ok && added.pack.articles.map((a) => a.id)).toEqual(['outlet-1', 'outlet-2', 'outlet-1-2']);
    if (added.ok) valid(added.pack);
    const again = addArticle(base, article(7, { url: base.articles[1]!.url, text: 'Updated text.' }));
    expect(again.ok && again.pack.articles).toHaveLength(2);
    expect(again.ok && again.pack.articles[1]).toMatchObject({ id: 'outlet-2', text: 'Updated text.' });
    expect(base.articles[1]!.text).not.toBe('Updated text.'); // The input pack is never changed.
  });

  it('removes an article, but never the last one', () => {
    const r = removeArticle(pack('s', 2), 'outlet-1');
    expect(r.ok && r.pack.articles.map((a) => a.id)).toEqual(['outlet-2']);
    expect(removeArticle(pack('s', 1), 'outlet-1')).toMatchObject({ ok: false, error: /delete the story/ });
    expect(removeArticle(pack('s', 2), 'nope')).toMatchObject({ ok: false, error: 'no article "nope" in this story' });
  });

  it('renames, keeping the id', () => {
    const r = renameStory(pack('s', 1), ' New  name ');
    expect(r.ok && r.pack.story).toEqual({ id: 's', title: 'New name' });
    expect(renameStory(pack('s', 1), '')).toMatchObject({ ok: false });
  });

  it('copies a read-only story under a new id, leaving the original as it was', () => {
    const original = pack('witkoff-leak', 3);
    const copy = copyStory(original, ['witkoff-leak', 'witkoff-leak-copy']);
    expect(copy.story).toEqual({ id: 'witkoff-leak-copy-2', title: 'Story witkoff-leak (copy)' });
    copy.articles[0]!.text = 'changed';
    expect(original.articles[0]!.text).not.toBe('changed');
    valid(copy);
  });

  it('names every story holding a page, the address fragment ignored', () => {
    const a = pack('a', 2);
    const b = pack('b', 1);
    const c = pack('c', 1);
    c.articles[0]!.url = 'https://elsewhere.example/';
    expect(storiesWithUrl([a, b, c], 'https://outlet1.example/news/1#para-3')).toEqual(['a', 'b']);
    expect(storiesWithUrl([a, b, c], 'https://nowhere.example/')).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishNumber, MAX_ARTICLE_CHARS, MAX_PACK_ARTICLES, MAX_PACK_CHARS } from '@/utils/limits';
import { parseStoryPack, parseStoryPackJson } from '@/utils/pack/parse';

// A story pack comes from a file: bounded (an article's text, the number of articles, the whole pack), each
// bound rejecting the whole pack and naming the field and the bound; lone surrogates repaired to U+FFFD.

const embedded = JSON.parse(readFileSync('public/stories/witkoff-leak.json', 'utf8'));
const clone = () => structuredClone(embedded);
const article = (i: number, text: string) => ({ ...embedded.articles[0], id: `a${i}`, text });

describe('the bounds on a story pack', () => {
  it('rejects an article text over the bound, naming the article', () => {
    const pack = clone();
    pack.articles[2].text = 'x'.repeat(MAX_ARTICLE_CHARS + 1);
    expect(parseStoryPack(pack)).toEqual({
      ok: false,
      field: 'articles[2].text',
      error: 'articles[2].text: longer than 500,000 characters',
    });
    pack.articles[2].text = `  ${'x'.repeat(MAX_ARTICLE_CHARS)}  `; // The bound is on the text, trimmed.
    expect(parseStoryPack(pack).ok).toBe(true);
  });

  it(`rejects more than ${MAX_PACK_ARTICLES.toLocaleString('en')} articles`, () => {
    const pack = clone();
    pack.articles = Array.from({ length: MAX_PACK_ARTICLES + 1 }, (_, i) => article(i, 'Text.'));
    expect(parseStoryPack(pack)).toEqual({
      ok: false,
      field: 'articles',
      error: 'articles: more than 5,000 articles',
    });
    pack.articles.pop();
    expect(parseStoryPack(pack).ok).toBe(true);
  });

  it('rejects a pack whose articles hold more text in all than the bound', () => {
    const pack = clone();
    const text = 'x'.repeat(MAX_ARTICLE_CHARS);
    pack.articles = Array.from({ length: MAX_PACK_CHARS / MAX_ARTICLE_CHARS + 1 }, (_, i) => article(i, text));
    expect(parseStoryPack(pack)).toEqual({
      ok: false,
      field: 'articles',
      error: 'articles: longer than 100,000,000 characters of text in all',
    });
  });

  it('rejects a pack file over the bound before parsing it', () => {
    const huge = ' '.repeat(MAX_PACK_CHARS + 1); // A rope in V8: cheap until something reads it.
    expect(parseStoryPackJson(huge)).toEqual({
      ok: false,
      field: '(file)',
      error: '(file): longer than 100,000,000 characters',
    });
  });
});

describe('lone surrogates in a story pack', () => {
  it('are repaired to U+FFFD, keeping every offset into the text', () => {
    const pack = clone();
    const text: string = pack.articles[1].text;
    pack.articles[1].text = `${text.slice(0, 100)}\uD83D${text.slice(101)}`;
    pack.story.title = 'Leak \uDE00';
    pack.articles[0].outlet = '\uD83DUNIAN';
    const parsed = parseStoryPack(pack);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.articles[1]!.text).toBe(`${text.slice(0, 100)}\uFFFD${text.slice(101)}`);
    expect(parsed.value.story.title).toBe('Leak \uFFFD');
    expect(parsed.value.articles[0]!.outlet).toBe('\uFFFDUNIAN');
    expect(parsed.value.articles[2]).toEqual(embedded.articles[2]);
  });

  it('leave surrogate pairs (emoji, rare CJK) alone', () => {
    const pack = clone();
    pack.articles[0].text = 'The dove 🕊️ and 𠀀 flew.';
    const parsed = parseStoryPack(pack);
    expect(parsed.ok && parsed.value.articles[0]!.text).toBe('The dove 🕊️ and 𠀀 flew.');
  });
});

describe('numbers in the English messages', () => {
  it('are written as en-US writes them', () => {
    for (const n of [0, 7, 999, 1000, 12_345, 500_000, 100_000_000, -1234, 2 ** 53 - 1, 1.5])
      expect(englishNumber(n)).toBe(n.toLocaleString('en-US'));
  });
});

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SaveHighlightSchema } from '@/utils/highlights/messages';
import { MAX_ARTICLE_CHARS, MAX_DIFFERENCE_CHARS, MAX_DIFFERENCE_PAIRS } from '@/utils/limits';
import { AlignPageSchema, FindDifferencesSchema } from '@/utils/notes/messages';
import { PageArticleSchema } from '@/utils/stories/page-article';
import { wellFormed } from '@/utils/well-formed';

// Text fields of messages from content scripts (other people's pages) are bounded, with a message naming the
// bound, and their lone surrogates repaired to U+FFFD at validation, so nothing downstream meets one.

const firstIssue = (schema: v.GenericSchema, input: unknown) => {
  const r = v.safeParse(schema, input);
  return r.success ? null : `${v.getDotPath(r.issues[0]) ?? ''}: ${r.issues[0].message}`;
};

describe('message text fields', () => {
  it('align-page: the article text is bounded, naming the bound', () => {
    const message = { type: 'align-page', title: 'T', text: 'x'.repeat(MAX_ARTICLE_CHARS + 1) };
    expect(firstIssue(AlignPageSchema, message)).toBe('text: longer than 500,000 characters');
    expect(firstIssue(AlignPageSchema, { ...message, text: 'x'.repeat(MAX_ARTICLE_CHARS) })).toBeNull();
  });

  it('align-page: lone surrogates are repaired, offsets unchanged', () => {
    const parsed = v.parse(AlignPageSchema, { type: 'align-page', title: 'A \uD800', text: 'One \uDC00 two.' });
    expect(parsed).toEqual({ type: 'align-page', title: 'A \uFFFD', text: 'One \uFFFD two.' });
  });

  it('find-differences: the pairs are bounded in number, in each text and in all, naming the bound', () => {
    const message = (pairs: [string, string][]) => ({ type: 'find-differences', pairs });
    expect(firstIssue(FindDifferencesSchema, message([['a', 'x'.repeat(MAX_ARTICLE_CHARS + 1)]]))).toBe(
      'pairs.0.1: longer than 500,000 characters',
    );
    const many = Array.from({ length: MAX_DIFFERENCE_PAIRS + 1 }, (): [string, string] => ['a', 'b']);
    expect(firstIssue(FindDifferencesSchema, message(many))).toBe('pairs: more than 50,000 pairs');
    expect(firstIssue(FindDifferencesSchema, message(many.slice(1)))).toBeNull();
    const long = 'x'.repeat(MAX_ARTICLE_CHARS / 2);
    const full = Array.from({ length: MAX_DIFFERENCE_CHARS / MAX_ARTICLE_CHARS }, (): [string, string] => [long, long]);
    expect(firstIssue(FindDifferencesSchema, message(full))).toBeNull();
    expect(firstIssue(FindDifferencesSchema, message([...full, ['a', '']]))).toBe(
      'pairs: longer than 10,000,000 characters in all',
    );
    expect(v.parse(FindDifferencesSchema, message([['One \uD800', 'two']])).pairs).toEqual([['One \uFFFD', 'two']]);
  });

  it('a page article for a story: bounded and repaired', () => {
    const page = { url: 'https://a.example/x', title: 'T\uD83D', text: 'Text \uDE00 here.' };
    expect(v.parse(PageArticleSchema, page)).toMatchObject({ title: 'T\uFFFD', text: 'Text \uFFFD here.' });
    expect(firstIssue(PageArticleSchema, { ...page, text: 'x'.repeat(MAX_ARTICLE_CHARS + 1) })).toBe(
      'text: longer than 500,000 characters',
    );
  });

  it('save-highlight: every text field repaired', () => {
    const parsed = v.parse(SaveHighlightSchema, {
      type: 'save-highlight',
      quote: { exact: 'half \uD83D', prefix: '\uDE00 before ', suffix: '' },
      page: { title: 'Title \uD800', outlet: 'Out\uDC00let' },
      comment: 'c \uD800',
      tags: ['t\uD800'],
      links: [{ articleId: 'a', outlet: 'o\uD800', url: 'https://a.example/', text: 'x\uDC00', relation: 'same' }],
    });
    const strings: string[] = [];
    JSON.stringify(parsed, (_key, value: unknown) => (typeof value === 'string' && strings.push(value), value));
    expect(strings.filter((s) => s !== wellFormed(s))).toEqual([]);
    expect(strings.filter((s) => s.includes('\uFFFD'))).toHaveLength(8);
    expect(parsed.quote).toEqual({ exact: 'half \uFFFD', prefix: '\uFFFD before ', suffix: '' });
    expect(parsed.links![0]!.text).toBe('x\uFFFD');
  });
});

describe('wellFormed', () => {
  it('replaces lone high and low surrogates, keeps pairs, keeps the length', () => {
    const input = '\uDC00a\uD83D\uDE00b\uD83D\uD83D\uDE00\uDE00\uD800';
    expect(wellFormed(input)).toBe('\uFFFDa\uD83D\uDE00b\uFFFD\uD83D\uDE00\uFFFD\uFFFD');
    expect(wellFormed(input)).toHaveLength(input.length);
    expect(wellFormed('plain ✓ 🕊️')).toBe('plain ✓ 🕊️');
  });
});

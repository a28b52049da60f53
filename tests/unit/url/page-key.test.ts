import { describe, expect, it } from 'vitest';
import { pageKey, samePage } from '@/utils/url/page-key';

describe('pageKey', () => {
  it('drops the fragment only', () => {
    expect(pageKey('https://example.com/a/b?x=1&utm_source=y#comments')).toBe(
      'https://example.com/a/b?x=1&utm_source=y',
    );
    expect(pageKey('https://example.com/a#top:~:text=quote')).toBe('https://example.com/a');
    expect(pageKey('https://example.com/a#')).toBe('https://example.com/a');
    expect(pageKey('https://example.com/a')).toBe('https://example.com/a');
  });

  it('keeps everything else as written (no canonicalising: that is canonicalUrl)', () => {
    expect(pageKey('HTTPS://Example.com/A/?b=2&a=1')).toBe('HTTPS://Example.com/A/?b=2&a=1');
    expect(pageKey('not a url#x')).toBe('not a url');
    expect(pageKey('')).toBe('');
  });

  it('tells a fragment change from a navigation', () => {
    expect(samePage('https://e.com/story#one', 'https://e.com/story#two')).toBe(true);
    expect(samePage('https://e.com/story', 'https://e.com/story?page=2')).toBe(false);
    expect(samePage('https://e.com/story', 'https://e.com/story/')).toBe(false);
  });
});

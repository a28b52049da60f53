import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '@/utils/url/canonical-url';

describe('canonicalUrl', () => {
  it('removes tracking parameters and the fragment, keeping and sorting the rest', () => {
    expect(canonicalUrl('https://News.example.com/a/story?utm_source=x&id=7&fbclid=abc&b=2#comments')).toBe(
      'https://news.example.com/a/story?b=2&id=7',
    );
  });

  it('prefers rel=canonical, resolved against the page, and cleans it too', () => {
    expect(canonicalUrl('https://m.example.com/s?utm_medium=share', '/world/story-1?utm_campaign=c')).toBe(
      'https://m.example.com/world/story-1',
    );
    expect(canonicalUrl('https://amp.example.com/x/amp', 'https://example.com/x')).toBe('https://example.com/x');
  });

  it('ignores a canonical on another site: a page cannot file itself (or read highlights) under it', () => {
    expect(canonicalUrl('https://evil.example/x', 'https://bank.example/account')).toBe('https://evil.example/x');
    // Siblings under one parent may be two customers of one host: without a public-suffix list, kept apart.
    expect(canonicalUrl('https://amp.example.com/x/amp', 'https://www.example.com/x')).toBe(
      'https://amp.example.com/x',
    );
    expect(canonicalUrl('http://example.com/x', 'https://example.com/x')).toBe('http://example.com/x');
    expect(canonicalUrl('http://127.0.0.1:8080/a', 'http://localhost:8080/a')).toBe('http://127.0.0.1:8080/a');
  });

  it('treats AMP editions and trailing slashes as the same article', () => {
    const a = canonicalUrl('https://example.com/2024/story/amp/');
    const b = canonicalUrl('https://example.com/2024/story?outputType=amp');
    const c = canonicalUrl('https://example.com/2024/story.amp.html');
    expect(a).toBe('https://example.com/2024/story');
    expect(b).toBe(a);
    expect(c).toBe('https://example.com/2024/story.html');
  });

  it('ignores a canonical that is not an http(s) address', () => {
    expect(canonicalUrl('https://example.com/a?gclid=1', 'javascript:alert(1)')).toBe('https://example.com/a');
  });
});

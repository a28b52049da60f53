import { describe, expect, it } from 'vitest';
import { sameSite } from '@/utils/url/same-site';

// The rule that decides whether a page's rel=canonical may name the address its highlights are filed under.

const same = (a: string, b: string) => sameSite(new URL(a), new URL(b));

describe('sameSite', () => {
  it('accepts the same host, whatever the path and port', () => {
    expect(same('https://example.com/a', 'https://example.com/b?x=1')).toBe(true);
    expect(same('https://example.com:8443/a', 'https://example.com/b')).toBe(true);
    expect(same('http://127.0.0.1:4000/a', 'http://127.0.0.1:5000/b')).toBe(true);
  });

  it('accepts a host and its subdomains, either way round', () => {
    expect(same('https://www.example.com/a', 'https://example.com/a')).toBe(true);
    expect(same('https://example.com/a', 'https://m.news.example.com/a')).toBe(true);
    expect(same('https://a.b.example.co.uk/', 'https://b.example.co.uk/')).toBe(true);
  });

  it('refuses another scheme', () => {
    expect(same('http://example.com/a', 'https://example.com/a')).toBe(false);
  });

  it('refuses other sites, siblings, and hosts that only end alike', () => {
    expect(same('https://evil.example/x', 'https://bank.example/x')).toBe(false);
    expect(same('https://a.example.com/', 'https://b.example.com/')).toBe(false);
    expect(same('https://notexample.com/', 'https://example.com/')).toBe(false);
    expect(same('https://evilexample.com/', 'https://www.example.com/')).toBe(false);
  });

  it('refuses a top-level name as the shorter host (without a public-suffix list, co.uk would pass)', () => {
    expect(same('https://example.com/', 'https://com/')).toBe(false);
    expect(same('https://a.localhost/', 'https://localhost/')).toBe(false);
  });

  it('on loopback and IP hosts, only the same host', () => {
    expect(same('http://127.0.0.1/', 'http://localhost/')).toBe(false);
    expect(same('http://10.0.0.1/', 'http://127.0.0.1/')).toBe(false);
    expect(same('http://[::1]:3000/', 'http://localhost:3000/')).toBe(false);
    expect(same('http://[::1]:3000/', 'http://[::1]:4000/')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, notesAllowed, parseSettings, siteOf, withSite } from '@/utils/notes/settings';

describe('settings', () => {
  it('falls back to defaults for missing, malformed or unknown-version records', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('x')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ v: 99, paused: true })).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ v: 1, paused: 'yes', disabledSites: ['a.com', 3] })).toEqual({
      v: 1,
      paused: false,
      disabledSites: ['a.com'],
    });
  });

  it('switches a site off and on, and pause wins everywhere', () => {
    const off = withSite(DEFAULT_SETTINGS, 'news.example', true);
    expect(notesAllowed(off, 'https://news.example/a')).toBe(false);
    expect(notesAllowed(off, 'https://other.example/a')).toBe(true);
    expect(notesAllowed(withSite(off, 'news.example', false), 'https://news.example/a')).toBe(true);
    expect(notesAllowed({ ...DEFAULT_SETTINGS, paused: true }, 'https://other.example/')).toBe(false);
  });

  it('applies only to web pages', () => {
    expect(siteOf('HTTPS://News.Example/x')).toBe('news.example');
    expect(siteOf('chrome://settings')).toBeNull();
    expect(notesAllowed(DEFAULT_SETTINGS, 'file:///x.html')).toBe(false);
  });
});

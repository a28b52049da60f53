import { describe, expect, it } from 'vitest';
import { sharedWordSegments, wordKey } from '@/utils/notes/shared-words';

describe('shared words', () => {
  it('marks the words a passage shares with the claim, by stem', () => {
    const segments = sharedWordSegments('Witkoff leaked the calls to Ushakov.', 'The call was leaking, Witkoff said');
    expect(segments.filter((s) => s.shared).map((s) => s.text)).toEqual(['Witkoff', 'leaked', 'calls']);
    expect(segments.map((s) => s.text).join('')).toBe('Witkoff leaked the calls to Ushakov.');
  });

  it('ignores stop words and handles other scripts and possessives', () => {
    expect(wordKey('the')).toBeNull();
    expect(wordKey('Trump’s')).toBe('trump');
    const segments = sharedWordSegments('Ушаков сказал', 'Ушаков');
    expect(segments[0]).toEqual({ text: 'Ушаков', shared: true });
  });

  it('returns the text unchanged when nothing is shared', () => {
    expect(sharedWordSegments('<img src=x onerror=alert(1)>', 'nothing')).toEqual([
      { text: '<img src=x onerror=alert(1)>', shared: false },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { codePointIndex } from '@/utils/anchoring/code-points';

describe('codePointIndex', () => {
  const text = 'a😀b𝒳c d'; // two astral characters: each is 2 UTF-16 units and 1 code point

  it('converts UTF-16 offsets to code points and back', () => {
    const idx = codePointIndex(text);
    for (let cp = 0; cp <= [...text].length; cp++) {
      const u = idx.toUtf16(cp);
      expect([...text.slice(0, u)].length).toBe(cp);
      expect(idx.toCodePoints(u)).toBe(cp);
    }
  });

  it('is the identity on text without astral characters', () => {
    const idx = codePointIndex('plain text');
    expect(idx.toCodePoints(5)).toBe(5);
    expect(idx.toUtf16(5)).toBe(5);
  });
});

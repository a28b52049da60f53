import { describe, expect, it } from 'vitest';
import { forgetTexts, perText } from '@/utils/engine/per-text';

describe('perText', () => {
  it('reads each text once, within its bound, until the readings are forgotten', () => {
    const read: string[] = [];
    const length = perText((s: string) => (read.push(s), s.length), 2);
    expect([length('ab'), length('ab'), length('abc')]).toEqual([2, 2, 3]);
    expect(read).toEqual(['ab', 'abc']);
    length('abcd'); // a third text overflows the bound: the kept readings are dropped, not grown
    length('ab');
    expect(read).toEqual(['ab', 'abc', 'abcd', 'ab']);
    forgetTexts();
    length('ab');
    expect(read.at(-1)).toBe('ab');
    expect(read).toHaveLength(5);
  });
});

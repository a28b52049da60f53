import { describe, expect, it } from 'vitest';
import { encodeFragmentTerm, textDirective, textFragmentUrl } from '@/utils/anchoring/text-fragment';
import { isWebUrl } from '@/utils/url/web-url';

describe('text fragment links', () => {
  it('quotes a short passage whole and encodes the reserved characters', () => {
    expect(textDirective({ exact: 'Oct. 14 - a call, then more & more' })).toBe(
      encodeFragmentTerm('Oct. 14 - a call, then more & more'),
    );
    expect(encodeFragmentTerm('a-b, c&d')).toBe('a%2Db%2C%20c%26d');
  });

  it('uses start and end words for a long passage', () => {
    const passage = 'one two three four five six seven eight nine ten eleven twelve';
    expect(textDirective({ exact: passage })).toBe('one%20two%20three%20four,nine%20ten%20eleven%20twelve');
  });

  it('collapses whitespace and rejects empty passages', () => {
    expect(textDirective({ exact: '  a\n\n b ' })).toBe('a%20b');
    expect(textDirective({ exact: '   ' })).toBeNull();
  });

  it('adds whole-word context before and after, escaping the reserved dash and comma', () => {
    const d = textDirective({ exact: 'talks, well-run', prefix: 'the envoy said the ', suffix: ' on Tuesday, he' });
    expect(d).toBe('envoy%20said%20the-,talks%2C%20well%2Drun,-on%20Tuesday%2C'); // 'he' may be cut
  });

  it('leaves out context that would cut a word', () => {
    expect(textDirective({ exact: 'alks', prefix: 'the t', suffix: 'x' })).toBe('alks');
    expect(textDirective({ exact: 'b', prefix: ' a ', suffix: ' c ' })).toBe('a-,b,-c');
  });

  it('builds a link on http(s) addresses only', () => {
    expect(textFragmentUrl('https://example.com/a?b=1', { exact: 'the call' })).toBe(
      'https://example.com/a?b=1#:~:text=the%20call',
    );
    expect(textFragmentUrl('javascript:alert(1)', { exact: 'x' })).toBeNull();
    expect(textFragmentUrl('data:text/html,hi', { exact: 'x' })).toBeNull();
    expect(textFragmentUrl('/relative', { exact: 'x' })).toBeNull();
    expect(textFragmentUrl(null, { exact: 'x' })).toBeNull();
    expect(isWebUrl('http://127.0.0.1:9/x')).toBe(true);
  });

  it('keeps the page fragment and replaces an old directive', () => {
    expect(textFragmentUrl('https://e.com/#top', { exact: 'a b' })).toBe('https://e.com/#top:~:text=a%20b');
    expect(textFragmentUrl('https://e.com/#top:~:text=old', { exact: 'a b' })).toBe('https://e.com/#top:~:text=a%20b');
  });
});

import { describe, expect, it } from 'vitest';
import { encodeFragmentTerm, isWebUrl, textDirective, textFragmentUrl } from '@/utils/notes/text-fragment';

describe('text fragment links', () => {
  it('quotes a short passage whole and encodes the reserved characters', () => {
    expect(textDirective('Oct. 14 - a call, then more & more')).toBe(
      encodeFragmentTerm('Oct. 14 - a call, then more & more'),
    );
    expect(encodeFragmentTerm('a-b, c&d')).toBe('a%2Db%2C%20c%26d');
  });

  it('uses start and end words for a long passage', () => {
    const passage = 'one two three four five six seven eight nine ten eleven twelve';
    expect(textDirective(passage)).toBe('one%20two%20three%20four,nine%20ten%20eleven%20twelve');
  });

  it('collapses whitespace and rejects empty passages', () => {
    expect(textDirective('  a\n\n b ')).toBe('a%20b');
    expect(textDirective('   ')).toBeNull();
  });

  it('builds a link on http(s) addresses only', () => {
    expect(textFragmentUrl('https://example.com/a?b=1', 'the call')).toBe(
      'https://example.com/a?b=1#:~:text=the%20call',
    );
    expect(textFragmentUrl('javascript:alert(1)', 'x')).toBeNull();
    expect(textFragmentUrl('data:text/html,hi', 'x')).toBeNull();
    expect(textFragmentUrl('/relative', 'x')).toBeNull();
    expect(textFragmentUrl(null, 'x')).toBeNull();
    expect(isWebUrl('http://127.0.0.1:9/x')).toBe(true);
  });

  it('keeps the page fragment and replaces an old directive', () => {
    expect(textFragmentUrl('https://e.com/#top', 'a b')).toBe('https://e.com/#top:~:text=a%20b');
    expect(textFragmentUrl('https://e.com/#top:~:text=old', 'a b')).toBe('https://e.com/#top:~:text=a%20b');
  });
});

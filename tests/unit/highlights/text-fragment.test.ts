import { describe, expect, it } from 'vitest';
import { textDirective, urlWithTextFragment } from '@/utils/highlights/text-fragment';

describe('text fragments', () => {
  it('encodes the quote with whole-word context, escaping the reserved dash and comma', () => {
    const d = textDirective({ exact: 'talks, well-run', prefix: 'the envoy said the ', suffix: ' on Tuesday, he' });
    expect(d).toBe(':~:text=envoy%20said%20the-,talks%2C%20well%2Drun,-on%20Tuesday%2C'); // 'he' may be cut
  });

  it('leaves out context that would cut a word', () => {
    expect(textDirective({ exact: 'alks', prefix: 'the t', suffix: 'x' })).toBe(':~:text=alks');
  });

  it('gives long quotes as a start and an end, and replaces the fragment of the address', () => {
    const words = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    expect(textDirective({ exact: words, prefix: '', suffix: '' })).toBe(
      ':~:text=w0%20w1%20w2%20w3%20w4,w55%20w56%20w57%20w58%20w59',
    );
    expect(urlWithTextFragment('https://e.com/a#top', { exact: 'x y', prefix: '', suffix: '' })).toBe(
      'https://e.com/a#:~:text=x%20y',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { describeText, resolveSelectors } from '@/utils/anchoring/selectors';

const text =
  'Intro 😀 paragraph. The envoy said the talks were “productive” on Tuesday. Later, the envoy said the talks ' +
  'were over. A closing line.';

describe('describeText and resolveSelectors', () => {
  it('describes a span with context and a code-point position, and finds it again', () => {
    const start = text.indexOf('the talks were over');
    const sel = describeText(text, start, start + 'the talks were over'.length);
    expect(sel.quote.exact).toBe('the talks were over');
    expect(sel.quote.prefix.endsWith('Later, the envoy said ')).toBe(true);
    expect(sel.position.start).toBe(start - 1); // one emoji before it: one code point fewer than UTF-16 units
    expect(resolveSelectors(text, sel)).toMatchObject({ start, end: start + 19 });
  });

  it('tells a repeated quote apart by its context when the position is stale', () => {
    const second = text.indexOf('the envoy said the talks', 40);
    const sel = describeText(text, second, second + 15);
    const edited = `A new first line was added. ${text}`;
    const m = resolveSelectors(edited, sel);
    expect(m?.start).toBe(second + 28);
  });

  it('finds a quote on a page that changed a little, and returns null when it is gone', () => {
    const start = text.indexOf('The envoy said');
    const sel = describeText(text, start, text.indexOf(' Later'));
    const changed = text.replace('“productive”', '"very productive"');
    const m = resolveSelectors(changed, sel);
    expect(m).not.toBeNull();
    expect(changed.slice(m!.start, m!.end)).toContain('very productive');
    expect(resolveSelectors('Nothing of the kind is here at all.', sel)).toBeNull();
  });
});

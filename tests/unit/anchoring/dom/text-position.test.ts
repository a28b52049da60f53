// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { offsetsFromRange, rangeFromOffsets, textNodesWithOffsets } from '@/utils/anchoring/dom/text-position';

describe('text positions ↔ DOM ranges', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.innerText = '';
    root = document.createElement('article');
    const p1 = document.createElement('p');
    p1.append('Ushakov ', Object.assign(document.createElement('em'), { textContent: 'appeared' }), ' to confirm.');
    const p2 = document.createElement('p');
    p2.textContent = 'Some were “fake”.';
    root.append(p1, p2);
    document.body.append(root);
  });

  it('maps offsets across element boundaries to a range with the same text', () => {
    const { text } = textNodesWithOffsets(root);
    const start = text.indexOf('appeared to');
    const range = rangeFromOffsets(root, start, start + 'appeared to'.length)!;
    expect(range.toString()).toBe('appeared to');
    expect(offsetsFromRange(root, range)).toEqual([start, start + 'appeared to'.length]);
  });

  it('round-trips a range that ends at a node boundary', () => {
    const { text } = textNodesWithOffsets(root);
    const start = text.indexOf('confirm.');
    const range = rangeFromOffsets(root, start, start + 'confirm.'.length)!;
    expect(range.toString()).toBe('confirm.');
    expect(range.endContainer.textContent).toBe(' to confirm.');
  });

  it('refuses offsets outside the text', () => {
    expect(rangeFromOffsets(root, -1, 3)).toBeNull();
    expect(rangeFromOffsets(root, 5, 2)).toBeNull();
    expect(rangeFromOffsets(root, 0, 10_000)).toBeNull();
  });
});

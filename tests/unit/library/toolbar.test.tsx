// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { Toolbar } from '@/components/library/Toolbar';

// The library's bar: choosing an export format must not download (arrow keys change a select once a step);
// only the Export button does. The count names highlights in the singular for one.

let root: HTMLElement;
beforeEach(() => void document.body.append((root = document.createElement('div'))));
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(shown: number, total: number) {
  const onExport = vi.fn();
  const props = { query: '', onQuery() {}, onImport() {}, onDeleteShown() {}, onExport, shown, total };
  act(() => render(<Toolbar {...props} />, root));
  const select = root.querySelector<HTMLSelectElement>('select[aria-label="Export format"]')!;
  const button = () => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Export');
  const choose = (value: string) =>
    act(() => {
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  return {
    onExport,
    select,
    button,
    choose,
    count: () => root.querySelector('[data-testid="library-count"]')!.textContent,
  };
}

it('choosing formats, one after another, downloads nothing; the Export button downloads the chosen one', () => {
  const { onExport, select, button, choose } = mount(3, 3);
  expect(button()?.disabled).toBe(true);
  for (const value of ['markdown-story', 'markdown-source', 'csv']) {
    choose(value);
    expect(onExport).not.toHaveBeenCalled();
  }
  expect(select.value).toBe('csv');
  expect(button()?.disabled).toBe(false);
  act(() => button()!.click());
  expect(onExport).toHaveBeenCalledTimes(1);
  expect(onExport).toHaveBeenCalledWith('csv');
  // The choice stays, for another export of the same format.
  expect(select.value).toBe('csv');
});

it('counts one highlight in the singular', () => {
  expect(mount(1, 1).count()).toBe('1 highlight');
  expect(mount(0, 1).count()).toBe('0 of 1 highlight');
  expect(mount(1, 3).count()).toBe('1 of 3 highlights');
  expect(mount(0, 0).count()).toBe('0 highlights');
});

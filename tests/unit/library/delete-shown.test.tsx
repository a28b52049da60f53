// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { Library } from '@/components/library/Library';
import { HighlightStore } from '@/utils/browser/highlights-store';
import { freshIndexedDB, sample } from '../store/helpers';

// Issue 18, "Delete all": the button says what it deletes (all, or the N the search shows), asks first in the
// page, deletes exactly that, and its Undo stays through later messages until dismissed.

vi.mock('@/utils/browser/send', async (original) => ({
  ...(await original<typeof import('@/utils/browser/send')>()),
  sendMessage: vi.fn().mockResolvedValue({ ok: true, stories: [], pageIn: [] }),
}));

let root: HTMLElement;
let store: HighlightStore;
beforeEach(async () => {
  freshIndexedDB();
  store = new HighlightStore();
  // sample(n) is tagged t0 for even n, t1 for odd: searching #t1 shows 1, 3 and 5.
  await store.putAll([1, 2, 3, 4, 5].map((n) => sample(n)));
  document.body.append((root = document.createElement('div')));
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));
const buttons = () => [...root.querySelectorAll('button')];
const button = (text: string) => buttons().find((b) => b.textContent === text);
const testId = (id: string) => root.querySelector(`[data-testid="${id}"]`);
const stored = async () => (await store.all()).map((h) => h.id).sort();
const until = async (check: () => boolean | Promise<boolean>) => {
  for (let i = 0; i < 50 && !(await check()); i++) await settle();
};

async function search(query: string) {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  act(() => {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

it('deletes only what the search shows, after asking; Undo outlives the next message and brings them back', async () => {
  act(() => render(<Library store={store} />, root));
  await until(() => testId('library-count')?.textContent === '5 highlights');
  expect(testId('delete-shown')?.textContent).toBe('Delete all');

  await search('#t1');
  expect(testId('delete-shown')?.textContent).toBe('Delete the 3 shown');
  act(() => (testId('delete-shown') as HTMLButtonElement).click());
  // Asked, nothing deleted yet; the question names the count and the search.
  expect(testId('delete-confirm')?.textContent).toContain('Delete the 3 highlights shown for “#t1”?');
  expect(await stored()).toHaveLength(5);

  act(() => button('Yes, delete 3 highlights')!.click());
  await until(async () => (await stored()).length === 2);
  expect(await stored()).toEqual(['id-00002', 'id-00004']);
  await until(() => !!testId('library-undo'));
  expect(testId('library-undo')?.textContent).toContain('Deleted 3 highlights.');

  // Another message (an edit saved) comes and goes: the Undo stays.
  await search('');
  const item = root.querySelector('[data-testid="library-item"]')!;
  act(() => [...item.querySelectorAll('button')].find((b) => b.textContent === 'Edit')!.click());
  const textarea = item.querySelector('textarea')!;
  act(() => {
    textarea.value = 'checked';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => void item.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
  await until(async () => (await store.all()).some((h) => h.comment === 'checked'));
  await settle();
  expect(button('Undo')).toBeDefined();

  act(() => button('Undo')!.click());
  await until(async () => (await stored()).length === 5);
  expect(await stored()).toEqual(['id-00001', 'id-00002', 'id-00003', 'id-00004', 'id-00005']);
  await until(() => !testId('library-undo'));
  expect(testId('library-status')?.textContent).toBe('Restored 3 highlights.');
});

it('cancelling deletes nothing; changing the search takes the question away', async () => {
  act(() => render(<Library store={store} />, root));
  await until(() => testId('library-count')?.textContent === '5 highlights');
  act(() => (testId('delete-shown') as HTMLButtonElement).click());
  expect(testId('delete-confirm')?.textContent).toContain('Delete all 5 highlights?');
  act(() => button('Cancel')!.click());
  expect(testId('delete-confirm')).toBeNull();
  act(() => (testId('delete-shown') as HTMLButtonElement).click());
  await search('#t0');
  expect(testId('delete-confirm')).toBeNull();
  expect(await stored()).toHaveLength(5);
});

it('Dismiss takes the Undo away; the deletion stands', async () => {
  act(() => render(<Library store={store} />, root));
  await until(() => testId('library-count')?.textContent === '5 highlights');
  act(() => (testId('delete-shown') as HTMLButtonElement).click());
  act(() => button('Yes, delete 5 highlights')!.click());
  await until(() => !!testId('library-undo'));
  act(() => button('Dismiss')!.click());
  expect(testId('library-undo')).toBeNull();
  expect(await stored()).toEqual([]);
});

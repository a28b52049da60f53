// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { Library } from '@/components/library/Library';
import { toWebAnnotations } from '@/utils/export/web-annotation';
import type { Highlight } from '@/utils/highlights/types';
import { HighlightStore } from '@/utils/browser/highlights-store';
import { freshIndexedDB, sample } from '../store/helpers';

// Issue 18, "JSON-LD import tells the truth": importing a highlight whose id the library has, changed, asks
// (keep the newer, replace, keep both) before anything is written; it used to overwrite the library's silently.

vi.mock('@/utils/browser/send', async (original) => ({
  ...(await original<typeof import('@/utils/browser/send')>()),
  sendMessage: vi.fn().mockResolvedValue({ ok: true, stories: [], pageIn: [] }),
}));

const edited = { ...sample(1), comment: 'edited in the library', updated: 1_800_000_000_000 };
/** An export made before the edit, holding one more highlight. */
const file = toWebAnnotations([sample(1), sample(2)]);

let root: HTMLElement;
let store: HighlightStore;
beforeEach(async () => {
  freshIndexedDB();
  store = new HighlightStore();
  await store.put(edited);
  document.body.append((root = document.createElement('div')));
  act(() => render(<Library store={store} />, root));
  await until(() => testId('library-count')?.textContent === '1 highlight');
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));
const until = async (check: () => boolean | Promise<boolean>) => {
  for (let i = 0; i < 50 && !(await check()); i++) await settle();
};
const testId = (id: string) => root.querySelector(`[data-testid="${id}"]`);
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;
const byId = async () => new Map((await store.all()).map((h): [string, Highlight] => [h.id, h]));

async function importText(text: string) {
  const before = testId('library-status')?.textContent;
  const input = root.querySelector<HTMLInputElement>('[data-testid="library-import"]')!;
  Object.defineProperty(input, 'files', { value: [new File([text], 'export.jsonld')], configurable: true });
  act(() => void input.dispatchEvent(new Event('change')));
  await until(() => !!testId('import-conflict') || testId('library-status')?.textContent !== before);
}

it('asks before writing over a highlight the library has changed, and "keep the newer" keeps the library’s edit', async () => {
  await importText(file);
  expect(testId('import-conflict')?.textContent).toContain('1 highlight in the file is already in the library');
  expect(testId('import-conflict')?.textContent).toContain('the library’s for 1');
  expect([...(await byId()).keys()]).toEqual(['id-00001']); // Nothing written while asking.

  act(() => button('Keep the newer of each').click());
  await until(async () => (await byId()).size === 2);
  expect((await byId()).get('id-00001')?.comment).toBe('edited in the library');
  await until(() => !!testId('library-status'));
  expect(testId('library-status')?.textContent).toBe('Imported 1. 1 kept as the library had it.');
});

it('"replace" takes the file’s record; "keep both" adds it under a new id', async () => {
  await importText(file);
  act(() => button('Replace with the file’s').click());
  await until(async () => (await byId()).size === 2);
  expect((await byId()).get('id-00001')?.comment).toBe(sample(1).comment);

  await store.put(edited);
  await importText(toWebAnnotations([sample(1)]));
  act(() => button('Keep both').click());
  await until(async () => (await byId()).size === 3);
  const all = [...(await byId()).values()];
  expect(
    all
      .filter((h) => h.quote.exact === sample(1).quote.exact)
      .map((h) => h.comment)
      .sort(),
  ).toEqual(['', 'edited in the library']);
});

it('an identical record is neither asked about nor written again; cancelling writes nothing', async () => {
  await importText(toWebAnnotations([edited]));
  expect(testId('import-conflict')).toBeNull();
  expect(testId('library-status')?.textContent).toBe('Imported 0. 1 already in the library, unchanged.');
  await importText(file);
  act(() => button('Cancel import').click());
  expect(testId('library-status')?.textContent).toBe('Import cancelled, nothing was written.');
  expect([...(await byId()).values()]).toEqual([edited]);
});

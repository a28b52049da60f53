import { IDBFactory } from 'fake-indexeddb';
import { newHighlight } from '@/utils/highlights/new-highlight';
import type { Highlight } from '@/utils/highlights/types';

/** A fresh in-memory IndexedDB for each test, installed as the global the store opens. */
export function freshIndexedDB(): void {
  globalThis.indexedDB = new IDBFactory();
}

/** A highlight for tests; `n` varies the text and the page. */
export function sample(n: number, over: Partial<Highlight> = {}): Highlight {
  return {
    ...newHighlight(
      {
        url: `https://news.example.com/story-${n % 3}?utm_source=feed`,
        quote: { exact: `quoted passage number ${n}`, prefix: 'before ', suffix: ' after' },
        position: { start: n * 10, end: n * 10 + 22 },
        page: { title: `Story ${n % 3}`, outlet: 'Example News' },
        tags: [`t${n % 2}`],
      },
      `id-${String(n).padStart(5, '0')}`,
      1_700_000_000_000 + n,
    ),
    ...over,
  };
}

import type { PackArticle, StoryPack } from '@/utils/pack/schema';

/** A pack article for tests; `n` varies id, address and text. */
export function article(n: number, over: Partial<PackArticle> = {}): PackArticle {
  return {
    id: `outlet-${n}`,
    outlet: `Outlet ${n}`,
    url: `https://outlet${n}.example/news/${n}`,
    language: 'en',
    text: `Article ${n} reports that the comet brightened by two magnitudes in three weeks.`,
    ...over,
  };
}

/** A valid pack of `n` articles. */
export function pack(id: string, n: number): StoryPack {
  return {
    format: 'sidelight-story-pack',
    version: 1,
    story: { id, title: `Story ${id}` },
    articles: Array.from({ length: n }, (_, i) => article(i + 1)),
  };
}

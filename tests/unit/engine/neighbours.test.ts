import { describe, expect, it } from 'vitest';
import { alignText } from '@/utils/engine/index';
import { sentenceNeighbours } from '@/utils/engine/neighbours';
import type { Bag } from '@/utils/engine/bag';
import { index, pack } from './embedded';

const bag = (total: number) => ({ total }) as Bag;

describe('sentence neighbours', () => {
  it('skip the headings between two sentences, and have none past the ends', () => {
    const neighbour = sentenceNeighbours([bag(1), bag(0), bag(0), bag(2), bag(3)]);
    expect(neighbour(0, 1)).toBe(3);
    expect(neighbour(3, -1)).toBe(0);
    expect(neighbour(3, 1)).toBe(4);
    expect(neighbour(0, -1)).toBe(-1);
    expect(neighbour(4, 1)).toBe(-1);
  });

  it('keep an article’s links the same when lines of page furniture sit between its paragraphs', () => {
    // As a news site's page reads: an advertisement and a "Read also" line after every third paragraph.
    const links = (text: string, url: string | undefined) =>
      new Map(
        alignText(index, text, { url })
          .claims.filter((c) => c.kind === 'sentence')
          .map((c) => [c.text, c.matches.map((m) => `${m.articleId}@${m.start}:${m.relation}`).join(' ')]),
      );
    for (const article of pack.articles) {
      const url = article.url ?? undefined;
      const withFurniture = article.text
        .split('\n\n')
        .map((p, i) => (i % 3 === 2 ? `${p}\n\nAdvertisement\n\nRead also: Something else happened today` : p))
        .join('\n\n');
      expect(links(withFurniture, url)).toEqual(links(article.text, url));
    }
  });
});

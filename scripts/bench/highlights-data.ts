// Data for the highlights benchmarks: a long article page whose body text is known exactly, and N highlights
// on it (or spread over many pages) made with the same code the extension uses.
import { canonicalUrl } from '../../utils/url/canonical-url';
import { newHighlight } from '../../utils/highlights/new-highlight';
import { describeText } from '../../utils/anchoring';
import type { Highlight } from '../../utils/highlights/types';

const WORDS =
  'council budget minister reported officials said the plan would cost more than expected according to documents seen by reporters on Tuesday while critics warned of delays'.split(
    ' ',
  );

/** A deterministic paragraph of about 60 words; `n` makes each one unique. */
function paragraph(n: number): string {
  const out: string[] = [`Paragraph ${n}:`];
  for (let i = 0; i < 60; i++) out.push(WORDS[(n * 7 + i * 13 + ((n * i) % 5)) % WORDS.length]!);
  return `${out.join(' ')}. `;
}

/** A long page (`count` paragraphs, no whitespace between tags so its body text is the paragraphs joined). */
export function longPage(count = 1500): { html: string; text: string } {
  const paras = Array.from({ length: count }, (_, i) => paragraph(i));
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long article</title></head><body><main>${paras
    .map((p) => `<p>${p}</p>`)
    .join('')}</main></body></html>`;
  return { html, text: paras.join('') };
}

/** `count` highlights spread evenly over `text` of the page at `url`, 40–120 characters each. */
export function highlightsOn(url: string, text: string, count: number, t0 = 1_764_000_000_000): Highlight[] {
  const step = Math.floor(text.length / count);
  return Array.from({ length: count }, (_, i) => {
    const start = i * step + 10;
    const { quote, position } = describeText(text, start, start + 40 + (i % 80));
    return newHighlight(
      { url, quote, position, page: { title: 'A long article', outlet: 'Bench' } },
      `bench-${i}`,
      t0 + i,
    );
  });
}

/** `count` highlights over `pages` pages of a few stories, with comments and tags, for the library and exports. */
export function libraryHighlights(count: number, pages = 500): Highlight[] {
  const { text } = longPage(40);
  return Array.from({ length: count }, (_, i) => {
    const p = i % pages;
    const url = `https://news${p % 7}.example/2025/story-${p}?utm_source=bench`;
    const start = (i * 97) % (text.length - 200);
    const { quote, position } = describeText(text, start, start + 60);
    const h = newHighlight(
      {
        url,
        quote,
        position,
        page: { title: `Story ${p}`, outlet: `Outlet ${p % 7}`, author: 'A. Writer', published: '2025-11-20' },
        ...(p % 3 ? { storyId: `story-${p % 5}` } : {}),
        comment: i % 4 ? '' : `Comment ${i}`,
        tags: i % 3 ? [] : ['bench', `t${i % 10}`],
      },
      `lib-${i}`,
      1_764_000_000_000 + i,
    );
    return { ...h, canonicalUrl: canonicalUrl(url) };
  });
}

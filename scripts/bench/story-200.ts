// The benchmarks' story of 200 articles (stories.bench.ts, coverage.bench.ts) beside the embedded story.
// Articles: the real pages' texts (cut at 8,000 characters) and texts stitched from their sentences, 5–8 KB
// each, so the pack is about the size of a large story (200 × 5–10 KB ≈ 1.5 MB).

import path from 'node:path';
import { segment } from '../../utils/engine/segment';
import type { PackArticle, StoryPack } from '../../utils/pack/schema';
import { loadEmbeddedPack, repoRoot } from '../cli/resources';
import { realPages } from '../eval/corpora';

export const embedded: StoryPack = loadEmbeddedPack();

const real = realPages(path.join(repoRoot, '..', 'shared', 'fixtures', 'real-pages')).filter(
  (d) => d.text.length > 2000,
);
if (!real.length) {
  console.log(`${path.basename(process.argv[1] ?? 'bench')}: ../shared/fixtures/real-pages is absent; skipped.`);
  process.exit(0);
}
const sentences = real.flatMap((d) =>
  segment(d.text)
    .filter((s) => s.kind === 'sentence')
    .map((s) => s.text),
);
let seed = 11;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
function stitched(): string {
  let out = '';
  while (out.length < 5000 + rand() * 3000) out += `${sentences[Math.floor(rand() * sentences.length)]} `;
  return out.trim();
}

export function articleN(i: number): PackArticle {
  return {
    id: `a-${i}`,
    outlet: `Outlet ${i % 40}`,
    url: `https://outlet${i % 40}.example/news/${i}`,
    title: `Article ${i}`,
    language: 'en',
    text: i < real.length ? real[i]!.text.slice(0, 8000) : stitched(),
  };
}

export const story200: StoryPack = {
  format: 'sidelight-story-pack',
  version: 1,
  story: { id: 'bench-200', title: 'A story of 200 articles' },
  articles: Array.from({ length: 200 }, (_, i) => articleN(i)),
};

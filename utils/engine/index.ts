// The engine's public API, used by the service worker, the CLI and the eval. Pure: no DOM, no extension
// API, no file system. Resources (the word lexicon) are passed in as decoded data by the caller.

import { makeBag, spanTokens } from './bag';
import { buildIndex, indexStats, type EngineIndex, type EngineResources } from './build';
import { shingles } from './copies';
import { scoreStories } from './detect';
import { bestClaimPerPassage, linkClaim, scoreClaims } from './link';
import { segment } from './segment';
import { selfAndCopies } from './self';
import type { CosineCache } from './similarity';
import type { AlignResult, Claim, StoryDetection } from './types';

export { buildIndex, type EngineIndex, type EngineResources };
export { decodeLexicon, type Lexicon } from './lexicon';
export { segment } from './segment';
export type * from './types';

function claimBags(index: EngineIndex, text: string) {
  const stats = indexStats(index);
  return segment(text).map((seg) => ({
    seg,
    bag: makeBag(seg.kind === 'sentence' ? spanTokens(text, seg.start, seg.end) : [], stats, index.lexicon),
  }));
}

/** Scores every story in the index for a page's text, best first. */
export function detectStories(index: EngineIndex, text: string): StoryDetection[] {
  const cache: CosineCache = new Map();
  return scoreStories(index, claimBags(index, text).map((c) => c.bag), cache).map(
    ({ id, title, score, detected }) => ({ id, title, score, detected }),
  );
}

/** Detects the text's story and links each of its claims to the passages of the story's other articles. */
export function alignText(index: EngineIndex, text: string, opts: { url?: string } = {}): AlignResult {
  const cache: CosineCache = new Map();
  const claims = claimBags(index, text);
  const best = scoreStories(index, claims.map((c) => c.bag), cache)[0];
  if (!best) return { story: null, claims: [] };
  const story: StoryDetection = { id: best.id, title: best.title, score: best.score, detected: best.detected };
  if (!best.detected) return { story, claims: [] };
  const s = index.stories.findIndex((st) => st.id === best.id);
  const { self, copies } = selfAndCopies(index, s, shingles(text), opts.url);
  const ctx = {
    index,
    allowed: (a: number) => index.articles[a]!.story === s && !self.has(a),
    copies,
    cache,
  };
  const scored = scoreClaims(ctx, claims.map((c) => c.bag));
  const bestClaim = bestClaimPerPassage(scored);
  const out: Claim[] = claims.map(({ seg }, i) => ({
    start: seg.start,
    end: seg.end,
    text: seg.text,
    kind: seg.kind,
    matches: seg.kind === 'sentence' ? linkClaim(ctx, i, seg.text, scored[i]!, bestClaim) : [],
  }));
  return { story, claims: out };
}

// The engine's public API, used by the service worker, the CLI and the eval. Pure: no DOM, no extension
// API, no file system. Resources (the word lexicon) are passed in as decoded data by the caller.

import { claimTokens, makeBag } from './bag';
import { buildIndex, indexStats, type EngineIndex, type EngineResources } from './build';
import { findDifferences } from './differences';
import { isFurniture, speaksToReader } from './furniture';
import { stemShingles } from './copies';
import { scoreStories } from './detect';
import {
  linkClaim,
  sameClaimPairs,
  scoreClaims,
  standings,
  withNeighbourSupport,
  type PairTrace,
  type TextClaims,
} from './link';
import { alignedPairs, retoldArticles, toldTogether } from './order';
import { sentenceNeighbours } from './neighbours';
import { PairSet } from './pair-set';
import { claimReader, type Reader } from './languages/reader';
import { segment } from './segment';
import { selfAndCopies } from './self';
import { keptCosines } from './cosines';
import type { AlignResult, Claim, StoryDetection } from './types';

export { buildIndex, type EngineIndex, type EngineResources };
// What product code outside the engine needs (ESLint forbids it to import the engine's files directly).
export type { PreparedArticle } from './build';
export { isCopy, shingles } from './copies';
export { PreparedCache } from './incremental';
export { contentTokens } from './tokenize';
export type { PairTrace } from './link';
export type { Evidence } from './decision';
export { decodeLexicon, type Lexicon } from './lexicon';
export { segment } from './segment';
export { pageSpellings, spellingKeys } from './languages/spelling';
export { decodeBilingual, type Bilingual, type BilingualSet } from './languages/bilingual';
export { bridgedLanguage, identifyLanguage, type Bridged, type Language } from './languages/identify';
export { IDENTIFIED } from './languages/identified';
export { findDifferences } from './differences';
/** The notes' bars on a link's probability (utils/notes/confidence.ts says "probably" under `sure`). */
export { DECISION } from './tunables';
export { rewordedSpans } from './differences/words';
export type * from './types';

// A heading carries no claim: its bag is empty.
const NO_TOKENS = { tokens: [], parts: [] };

function claimBags(index: EngineIndex, text: string, read: Reader['read']) {
  const stats = indexStats(index);
  let furnitureUntil = -1; // where the line of the last furniture sentence ends
  return segment(text).map((seg) => {
    // Furniture (a copyright or credit line, a byline) is a heading to every step: no bag, no note; and so is the
    // rest of its line ("A version of this article appears in print … with the headline: … Order Reprints").
    if (seg.kind === 'sentence' && (seg.start < furnitureUntil || isFurniture(seg.text))) {
      if (seg.start >= furnitureUntil) furnitureUntil = lineEnd(text, seg.end);
      seg = { ...seg, kind: 'heading' };
    }
    const { tokens, parts } = seg.kind === 'sentence' ? read(claimTokens(text, seg.start, seg.end)) : NO_TOKENS;
    return { seg, bag: makeBag(tokens, stats, index.lexicon, parts) };
  });
}

const lineEnd = (text: string, from: number) => {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
};

/** A text read and scored against every story once: what alignText needs, reusable for aligning the same text
 *  within several stories (a page in several). */
export type AnalysedText = ReturnType<typeof analyseText>;

/** Reads a text and scores it against every story: one pass serves both detection and linking. */
export function analyseText(index: EngineIndex, text: string) {
  // A page in another language is read through its vocabulary into the story's English (languages/).
  const reader = claimReader(index, text);
  const claims = claimBags(index, text, reader.read);
  const bags = claims.map((c) => c.bag);
  const cache = keptCosines(index.lexicon);
  const scored = scoreClaims({ index, allowed: () => true, copies: new Set(), cache }, bags);
  // A page in another language may be read for detection otherwise than for linking (languages/reader.ts).
  const detection = reader.detect && claimBags(index, text, reader.detect).map((c) => c.bag);
  const stories = detection
    ? scoreStories(
        index,
        detection,
        scoreClaims({ index, allowed: () => true, copies: new Set(), cache }, detection),
        reader.sees,
      )
    : scoreStories(index, bags, scored, reader.sees);
  return { claims, scored, cache, stories };
}

/** Scores every story in the index for a page's text, best first. */
export function detectStories(index: EngineIndex, text: string): StoryDetection[] {
  return analyseText(index, text).stories.map(({ id, title, score, detected }) => ({ id, title, score, detected }));
}

export interface AlignOptions {
  /** The page's address: a pack article with the same address is the page itself and never linked. */
  url?: string;
  /** Align against this story even when it is not detected (benchmarks, a reader's explicit choice). */
  storyId?: string;
  /** Sees every judged pair with its evidence (the decision's training script, the eval). */
  trace?: PairTrace;
  /** False: the matches' differences are left empty, to be found later (`findDifferences`). The side notes are
   *  drawn first and their differences follow: on a woken worker, finding them is half of a first alignment. */
  differences?: boolean;
}

/** Detects the text's story and links each of its claims to the passages of the story's other articles. The text
 *  may be given already analysed (analyseText), so that aligning it within several stories reads it once. */
export function alignText(index: EngineIndex, text: string | AnalysedText, opts: AlignOptions = {}): AlignResult {
  const analysed = typeof text === 'string' ? analyseText(index, text) : text;
  const { claims, scored: all, cache, stories: scores } = analysed;
  const best = opts.storyId ? scores.find((d) => d.id === opts.storyId) : scores[0];
  if (!best) return { story: null, claims: [] };
  const story: StoryDetection = { id: best.id, title: best.title, score: best.score, detected: best.detected };
  if (!best.detected && !opts.storyId) return { story, claims: [] };
  const s = index.stories.findIndex((st) => st.id === best.id);
  // Runs of the claims' stems, made as the index makes each article's (see prepareArticle).
  const claimShingles = stemShingles(claims.flatMap((c) => c.bag.terms.map((t) => t.stem)));
  const { self, copies } = selfAndCopies(index, s, claimShingles, opts.url);
  const ctx = {
    index,
    allowed: (a: number) => index.articles[a]!.story === s && !self.has(a),
    copies,
    cache,
    trace: opts.trace,
  };
  // Neighbouring sentences, past any heading or line of furniture between them (neighbours.ts).
  const neighbour = sentenceNeighbours(claims.map((c) => c.bag));
  const scored = withNeighbourSupport(
    index,
    all.map((list) => list.filter(({ passage }) => ctx.allowed(passage.article))),
    neighbour,
  );
  const standing = standings(scored);
  const aligned = alignedPairs(
    index,
    scored,
    standing,
    claims.map(({ seg }) => seg.kind === 'sentence'),
  );
  const placed = { aligned, together: new PairSet() };
  const linking: TextClaims = {
    ctx,
    texts: claims.map(({ seg }) => seg.text),
    bags: claims.map((c) => c.bag),
    scored,
    standing,
    retold: retoldArticles(index, aligned),
  };
  // Only in a retelling (some pairs aligned) can a claim and its neighbour tell a passage together.
  if (aligned.size) {
    const same = sameClaimPairs(linking, placed);
    placed.together = toldTogether(linking, same, neighbour);
  }
  const out: Claim[] = claims.map(({ seg }, i) => {
    const linked = seg.kind === 'sentence' ? linkClaim(linking, i, placed) : [];
    const matches =
      opts.differences === false
        ? linked
        : linked.map((m) => ({ ...m, differences: findDifferences(seg.text, m.text) }));
    // Prose addressed to the reader that nothing in the story relates to is page chrome (furniture.ts).
    const chrome = seg.kind === 'sentence' && !matches.length && speaksToReader(seg.text);
    return { start: seg.start, end: seg.end, text: seg.text, kind: chrome ? 'heading' : seg.kind, matches };
  });
  // The same scoring pass has already judged every other story: a page may belong to several.
  const alsoIn = scores
    .filter((d) => d.detected && d.id !== best.id)
    .map(({ id, title, score, detected }) => ({ id, title, score, detected }));
  return alsoIn.length ? { story, claims: out, alsoIn } : { story, claims: out };
}

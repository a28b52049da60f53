// Incremental index builds: each article's own share of the build (segments, claim tokens, shingles — about 90%
// of a build's time, see scripts/bench/stories.bench.ts) is kept per article text, so adding an article to a
// story of 200 prepares one article and only re-weighs the rest, and a restarted service worker that reads
// the kept entries back (entrypoints/background/align.ts persists them in IndexedDB) prepares none. Weights
// depend on the whole corpus (document frequencies), so that global step always runs, and its result equals
// a full build's exactly (tests/unit/stories/incremental.test.ts).

import { hashPair } from '../hash';
import type { StoryPack } from '../pack/schema';
import { buildIndex, prepareArticle, type EngineIndex, type EngineResources, type PreparedArticle } from './build';

/** A 53-bit hash of `text` (cyrb53), in base 36, with its length: the key of the text's prepared data. */
export function textKey(text: string): string {
  const [low, high] = hashPair(text);
  return `${(4294967296 * high + low).toString(36)}.${text.length.toString(36)}`;
}

// A probe that exercises segmentation and tokenization (names, possessives, numbers, quotes, abbreviations,
// non-Latin script): when the engine's code changes how it prepares text, the fingerprint changes and every
// entry kept by an older build is ignored (and pruned), never mixed with new ones.
const PROBE =
  'Steve Witkoff’s call with the U.S. envoy lasted 45 minutes, officials said on 14 Nov. 2025. ' +
  '“We don’t comment,” a spokesman told Reuters. Ушаков сказал, что запись подлинная. ' +
  'Costs rose by $1.4bn (3.5%) in the third quarter\nA headline without a stop';

/** A fingerprint of how this build of the engine prepares text. */
export function engineFingerprint(): string {
  const p = prepareArticle(PROBE);
  return textKey(JSON.stringify([p.sentences, [...p.shingles].sort()]));
}

/** Prepared articles kept between builds, keyed by fingerprint and text. */
export class PreparedCache {
  private readonly kept = new Map<string, PreparedArticle>();
  /** Keys prepared by the last build (not found kept): what to persist. */
  readonly fresh = new Map<string, PreparedArticle>();
  /** Keys the last build used: the others can be pruned. */
  private readonly used = new Set<string>();

  private known: string | undefined;

  /** The fingerprint is worked out when first needed, not here: a service worker makes its cache as it starts,
   *  before it answers the page that woke it, and preparing the probe text cost that start 8 ms. */
  constructor(private readonly fingerprintOf: () => string = engineFingerprint) {}

  private get fingerprint(): string {
    return (this.known ??= this.fingerprintOf());
  }

  key(text: string): string {
    return `${this.fingerprint}:${textKey(text)}`;
  }

  /** Adds entries read back from storage; those of another fingerprint are skipped. */
  load(entries: Iterable<{ key: string; prepared: PreparedArticle }>): void {
    const prefix = `${this.fingerprint}:`;
    for (const { key, prepared } of entries) if (key.startsWith(prefix)) this.kept.set(key, prepared);
  }

  /** Builds the index, preparing only the articles not kept yet. */
  build(packs: StoryPack[], resources: EngineResources = {}): EngineIndex {
    this.fresh.clear();
    this.used.clear();
    return buildIndex(packs, resources, (text) => {
      const key = this.key(text);
      this.used.add(key);
      let prepared = this.kept.get(key);
      if (!prepared) {
        prepared = prepareArticle(text);
        this.kept.set(key, prepared);
        this.fresh.set(key, prepared);
      }
      return prepared;
    });
  }

  /** Forgets the entries the last build did not use (articles removed, texts changed) and returns their keys. */
  prune(): string[] {
    const gone = [...this.kept.keys()].filter((k) => !this.used.has(k));
    for (const k of gone) this.kept.delete(k);
    return gone;
  }

  get size(): number {
    return this.kept.size;
  }
}

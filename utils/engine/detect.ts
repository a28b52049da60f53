// Story detection from signals derived from the pack alone: (1) how much of the story's shared vocabulary
// the text uses, weighted by rarity, and (2) how many of the text's claims are evidence of the story.
// Names alone are not enough: a page on the same envoy's other talks shares names but not what happened.

import type { Bag } from './bag';
import type { EngineIndex, IndexedStory } from './build';
import { isRole } from './roles';
import { relationOf } from './relation';
import { DETECT } from './tunables';
import type { Similarity } from './similarity';
import type { StoryDetection } from './types';

export interface DetectionDetail extends StoryDetection {
  coverage: number;
  /** Claims that are evidence of the story (see isEvidence). */
  evidence: number;
}

/** A claim's scored candidates: the passage (its article) and the similarity (see link.ts scoreClaims). */
export type ScoredClaims = Array<Array<{ passage: { article: number }; sim: Similarity }>>;

/** Scores every story for a text's claim bags and their scored candidates, best first. `sees` says which of
 *  a story's terms the page could show at all (a page in another language shows only those its vocabulary
 *  reads, and the names): coverage is of those, so a language is not penalised for words it has no entry for. */
export function scoreStories(
  index: EngineIndex,
  bags: Bag[],
  scored: ScoredClaims,
  sees: (stem: string) => boolean = () => true,
): DetectionDetail[] {
  const stems = new Set<string>();
  for (const b of bags) for (const t of b.terms) stems.add(t.stem);
  return index.stories
    .map((story, s) => scoreStory(index, story, s, { stems, sees }, bags, scored))
    .sort((a, b) => b.score - a.score);
}

/**
 * A claim is evidence of a story when the story's articles report it (a same-claim match, which agrees on
 * what happened and not only on who), or when it joins one of the story's names with the story's own words
 * for what happened (shared terms that are neither names nor roles: "leak", "recording", "transcript"): an
 * angle no article in the pack reports yet is still the story. A claim of one or two words is evidence of
 * nothing.
 */
function isEvidence(index: EngineIndex, story: IndexedStory, s: number, bag: Bag, scored: ScoredClaims[number]) {
  if (bag.terms.length < DETECT.minTerms) return false;
  const reported = scored.some(
    ({ passage, sim }) => index.articles[passage.article]!.story === s && relationOf(sim) === 'same',
  );
  if (reported) return true;
  const { terms, names, nameForms } = story.profile;
  let named = false;
  let what = 0;
  for (const t of bag.terms) {
    const w = terms.get(t.stem);
    if (w === undefined) continue;
    // A name counts as the story writes it: "News" (of Bloomberg News) is not the "New" of New Zealand.
    if (names.has(t.stem)) named ||= nameForms.has(t.norm);
    else if (!isRole(t.norm)) what += w;
  }
  return named && what >= DETECT.whatWeight;
}

function scoreStory(
  index: EngineIndex,
  story: IndexedStory,
  s: number,
  { stems, sees }: { stems: Set<string>; sees: (stem: string) => boolean },
  bags: Bag[],
  scored: ScoredClaims,
): DetectionDetail {
  let have = 0;
  let all = 0;
  for (const [stem, w] of story.profile.terms) {
    if (!sees(stem) && !story.profile.names.has(stem)) continue;
    all += w;
    if (stems.has(stem)) have += w;
  }
  const coverage = all ? have / all : 0;
  const evidence = bags.filter((bag, i) => isEvidence(index, story, s, bag, scored[i]!)).length;
  const score = 0.5 * Math.min(1, coverage / DETECT.coverageFull) + 0.5 * Math.min(1, evidence / DETECT.claimsFull);
  const detected = score >= DETECT.threshold && evidence >= DETECT.minClaims;
  return { id: story.id, title: story.title, score: Math.round(score * 1000) / 1000, detected, coverage, evidence };
}

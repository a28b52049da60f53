import {
  alignText,
  analyseText,
  type AlignResult,
  type Claim,
  type ClaimMatch,
  type EngineIndex,
  type StoryDetection,
} from '../engine';

// A page may be in several stories: the built-in one, and a story of the reader's own that holds this very page
// or another outlet's report. Its notes link within every one of them, not only the best detected (a quote
// linked to UNIAN must stay linked when the page is also added to a story of one's own). Each story's links
// are the engine's alignment against that story alone, kept apart by story so a note can group them; a
// passage already linked from an earlier story (the same outlet's same words: a copied story, or the same
// article under another address) is not counted again.

/** The passage as a reader tells it apart: the outlet and its words, spacing aside. */
const passageKey = (m: ClaimMatch) => `${m.outlet}\u0000${m.text.replace(/\s+/g, ' ').trim()}`;

/** Joins one more story's claims into `into` (the same text, so the same segments in the same order). */
function join(into: Claim[], claims: Claim[], storyId: string): void {
  claims.forEach((claim, i) => {
    const target = into[i]!;
    const seen = new Set(target.matches.map(passageKey));
    for (const m of claim.matches) {
      const key = passageKey(m);
      if (seen.has(key)) continue;
      seen.add(key);
      target.matches.push({ ...m, storyId });
    }
    // Prose one story reads as page chrome (nothing there relates to it) is prose if another links it.
    if (claim.kind === 'sentence') target.kind = 'sentence';
  });
}

/**
 * Aligns `text` against every story it is detected in, and against `holding` (stories that hold the page's
 * address, detected or not), the best detected first; null when it is in none. `differences: false` leaves the
 * links' differences to be found later (AlignOptions).
 */
export function alignInStories(
  index: EngineIndex,
  text: string,
  opts: { url?: string; holding?: string[]; differences?: boolean } = {},
): AlignResult | null {
  const at = { ...(opts.url && { url: opts.url }), ...(opts.differences === false && { differences: false }) };
  // Read and scored once: each story's alignment reuses it.
  const analysed = analyseText(index, text);
  const first = alignText(index, analysed, at);
  const detected = first.story?.detected ? [first.story, ...(first.alsoIn ?? [])] : [];
  const stories: StoryDetection[] = [...detected];
  for (const id of opts.holding ?? []) {
    if (stories.some((s) => s.id === id)) continue;
    const story = index.stories.find((s) => s.id === id);
    if (story) stories.push({ id, title: story.title, score: 0, detected: false });
  }
  if (!stories.length) return null;
  const [best, ...others] = stories;
  const alignIn = (id: string) =>
    id === first.story?.id && first.story.detected ? first : alignText(index, analysed, { ...at, storyId: id });
  const claims = alignIn(best!.id).claims.map((c) => ({
    ...c,
    matches: c.matches.map((m) => ({ ...m, storyId: best!.id })),
  }));
  for (const s of others) join(claims, alignIn(s.id).claims, s.id);
  return others.length ? { story: best!, claims, alsoIn: others } : { story: best!, claims };
}

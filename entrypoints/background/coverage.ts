import { GetCoverageSchema, type CoverageMessageType } from '@/utils/coverage/messages';
import { alignStory } from '@/utils/coverage/align-story';
import { buildCoverage } from '@/utils/coverage/matrix';
import { toWire, type WireText } from '@/utils/coverage/wire';
import type { StoryPack } from '@/utils/pack/schema';
import { getIndex } from './align';
import { getPacks } from './packs';
import { route, type Routes } from './router';
import { t } from '@/utils/browser/i18n';

// The coverage view's matrix, computed here where the engine index lives: every article of the story aligned
// against the others. That costs one alignment per article (about 30 ms each), so the result is kept per
// story for the worker's life, under a signature of the pack's content: an edited story is computed afresh. It
// is kept as it travels to the page (wire.ts: the article texts once, not a quotation in every row).

const kept = new Map<string, { signature: string; coverage: WireText }>();

/** Changes whenever an article is added, removed or rewritten, or the story renamed, or a detail the matrix
 *  shows (outlet, title, date) is corrected on the stories page. */
const signature = (pack: StoryPack) =>
  JSON.stringify([pack.story.title, pack.articles.map((a) => [a.id, a.outlet, a.url, a.title, a.date, a.text.length])]);

/** The coverage of story `storyId`, or an error naming why there is none. */
export async function getCoverage(
  storyId: string,
): Promise<{ ok: true; coverage: WireText } | { ok: false; error: string }> {
  const pack = (await getPacks()).find((p) => p.story.id === storyId);
  if (!pack) return { ok: false, error: t('error_noStoryCoverage', [storyId]) };
  const sig = signature(pack);
  const hit = kept.get(storyId);
  if (hit?.signature === sig) return { ok: true, coverage: hit.coverage };
  const texts = new Map(pack.articles.map((a) => [a.id, a.text]));
  const coverage = toWire(buildCoverage(pack, alignStory(await getIndex(), pack)), (id) => texts.get(id));
  kept.set(storyId, { signature: sig, coverage });
  return { ok: true, coverage };
}

/** The coverage message: the matrix quotes every article of the story, so only Sidelight's own pages get it. */
export const coverageRoutes = {
  'get-coverage': route('extension-page', GetCoverageSchema, (msg) => getCoverage(msg.storyId)),
} satisfies Routes<CoverageMessageType>;

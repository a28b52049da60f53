import { browser } from 'wxt/browser';
import { alignText, buildIndex, decodeLexicon, type EngineIndex, type EngineResources } from '@/utils/engine';
import type { AlignResult } from '@/utils/engine/types';
import type { MessageOf, NotesSummary } from '@/utils/messages';
import { getPacks } from './packs';

// The engine and its index live in this service worker: built once per worker life from the packs and the
// word lexicon (both the extension's own files), shared by every tab, never shipped to pages. A restarted
// worker rebuilds it on its first alignment; docs/side-notes.md has the measurements behind this choice.

/** The storage.session key where the last index build's timings are kept (the benchmarks read them). */
export const ENGINE_TIMINGS_KEY = 'engine:timings';

let index: Promise<EngineIndex> | null = null;
let resources: Promise<EngineResources> | null = null;

/** The engine's resources (the word lexicon), read once per worker life from the extension's files. */
export function getResources(): Promise<EngineResources> {
  return (resources ??= loadResources());
}

async function loadResources(): Promise<EngineResources> {
  try {
    const response = await fetch(browser.runtime.getURL('/engine/lexicon.bin'));
    return { lexicon: decodeLexicon(await response.arrayBuffer()) };
  } catch (e) {
    console.warn('Sidelight: word lexicon unavailable, matching words lexically only:', e);
    return {};
  }
}

async function build(): Promise<EngineIndex> {
  const t0 = performance.now();
  const [packs, res] = await Promise.all([getPacks(), getResources()]);
  const t1 = performance.now();
  const built = buildIndex(packs, res);
  const t2 = performance.now();
  const timings = { loadMs: t1 - t0, buildMs: t2 - t1, articles: built.articles.length, at: Date.now() };
  void browser.storage.session.set({ [ENGINE_TIMINGS_KEY]: timings });
  return built;
}

/** The pack index, built on first use in this worker's life. */
export function getIndex(): Promise<EngineIndex> {
  index ??= build();
  index.catch(() => (index = null)); // A failed build is retried by the next page, not cached.
  return index;
}

/** Forgets the index (the packs changed); the next alignment rebuilds it. */
export function forgetIndex(): void {
  index = null;
}

/** Aligns an extracted article; null when it belongs to no known story. Headings get no note. */
export async function alignPage(msg: MessageOf<'align-page'>): Promise<AlignResult | null> {
  const result = alignText(await getIndex(), msg.text, { url: msg.url });
  if (!result.story?.detected) return null;
  return { story: result.story, claims: result.claims.filter((c) => c.kind !== 'heading') };
}

/** The popup's summary of an alignment. */
export function summarize(result: AlignResult | null): NotesSummary {
  const perOutlet = new Map<string, number>();
  let linked = 0;
  for (const claim of result?.claims ?? []) {
    const outlets = new Set(claim.matches.map((m) => m.outlet));
    if (outlets.size) linked++;
    for (const o of outlets) perOutlet.set(o, (perOutlet.get(o) ?? 0) + 1);
  }
  return {
    story: result?.story ? { id: result.story.id, title: result.story.title } : null,
    claims: result?.claims.length ?? 0,
    linked,
    sources: [...perOutlet].map(([outlet, claims]) => ({ outlet, claims })),
  };
}

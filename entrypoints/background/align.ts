import { browser } from 'wxt/browser';
import { decodeLexicon, PreparedCache, type AlignResult, type EngineIndex, type EngineResources } from '@/utils/engine';
import type { NotesSummary } from '@/utils/messages';
import { alignInStories } from '@/utils/notes/align-stories';
import { outletsOf } from '@/utils/notes/labels';
import { storiesWithUrl } from '@/utils/stories/edit';
import { loadLanguageOf } from './languages';
import { getPacks, storyStore } from './packs';

// The engine and its index live in this service worker: built once per worker life from the packs and the
// word lexicon (both the extension's own files), shared by every tab, never shipped to pages. A restarted
// worker rebuilds it on its first alignment; docs/side-notes.md has the measurements behind this choice.
// Each article's prepared data (segments, tokens, shingles: ~90% of a build) is kept per text in `prepared`
// and in IndexedDB (utils/engine/incremental.ts), so a build after adding an article prepares that article
// only, and a restarted worker prepares none; entries are keyed by the engine's fingerprint and the text's
// hash, so a changed text or a changed engine never reuses stale data.

/** The storage.session key where the last index build's timings are kept (the benchmarks read them). */
export const ENGINE_TIMINGS_KEY = 'engine:timings';

let index: Promise<EngineIndex> | null = null;
let resources: Promise<EngineResources> | null = null;
const prepared = new PreparedCache();
let preparedLoaded: Promise<void> | null = null;

/** Reads the kept prepared articles once per worker life; without them the build just prepares everything. */
function loadPrepared(): Promise<void> {
  return (preparedLoaded ??= storyStore
    .allPrepared()
    .then((entries) => prepared.load(entries))
    .catch((e: unknown) => console.warn('Sidelight: prepared articles unavailable:', e)));
}

/** Persists what the last build prepared and drops what it no longer uses. */
function persistPrepared(): void {
  const add = [...prepared.fresh];
  const remove = prepared.prune();
  if (!add.length && !remove.length) return;
  storyStore.syncPrepared(add, remove).catch((e: unknown) => console.warn('Sidelight: prepared articles not kept:', e));
}

/** The engine's resources (the word lexicon), read once per worker life from the extension's files. */
export function getResources(): Promise<EngineResources> {
  return (resources ??= loadResources());
}

async function loadResources(): Promise<EngineResources> {
  try {
    const response = await fetch(browser.runtime.getURL('/engine/lexicon.bin'));
    // The bilingual lexicons join this set when a page in their language turns up (languages.ts).
    return { lexicon: decodeLexicon(await response.arrayBuffer()), bilingual: new Map() };
  } catch (e) {
    console.warn('Sidelight: word lexicon unavailable, matching words lexically only:', e);
    return { bilingual: new Map() };
  }
}

async function build(): Promise<EngineIndex> {
  const t0 = performance.now();
  const [packs, res] = await Promise.all([getPacks(), getResources(), loadPrepared()]);
  const t1 = performance.now();
  const built = prepared.build(packs, res);
  const t2 = performance.now();
  const timings = {
    loadMs: t1 - t0,
    buildMs: t2 - t1,
    articles: built.articles.length,
    /** Articles prepared by this build; the others were kept from an earlier one (memory or IndexedDB). */
    preparedNow: prepared.fresh.size,
    at: Date.now(),
  };
  persistPrepared();
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

/** Aligns an article extracted from the page at `url` against every story it is detected in or added to; null
 *  when it belongs to none. Headings get no note. The links come without their differences: the page asks for
 *  them while it draws its notes ('find-differences'). */
export async function alignPage(text: string, url: string): Promise<AlignResult | null> {
  const [index, packs, { bilingual }] = await Promise.all([getIndex(), getPacks(), getResources()]);
  if (bilingual) await loadLanguageOf(bilingual, text);
  const result = alignInStories(index, text, { url, holding: storiesWithUrl(packs, url), differences: false });
  return result && { ...result, claims: result.claims.filter((c) => c.kind !== 'heading') };
}

/** The popup's summary of an alignment. */
export function summarize(result: AlignResult | null): NotesSummary {
  const perOutlet = new Map<string, number>();
  let linked = 0;
  for (const claim of result?.claims ?? []) {
    const outlets = outletsOf(claim);
    if (outlets.length) linked++;
    for (const o of outlets) perOutlet.set(o, (perOutlet.get(o) ?? 0) + 1);
  }
  return {
    story: result?.story ? { id: result.story.id, title: result.story.title } : null,
    ...(result?.alsoIn && { alsoIn: result.alsoIn.map(({ id, title }) => ({ id, title })) }),
    claims: result?.claims.length ?? 0,
    linked,
    sources: [...perOutlet].map(([outlet, claims]) => ({ outlet, claims })),
  };
}

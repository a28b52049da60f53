import { browser } from 'wxt/browser';
import { loadEmbeddedPacks } from '@/utils/browser/embedded-packs';
import { parseStoryPack } from '@/utils/pack/parse';
import type { StoryPack } from '@/utils/pack/schema';
import { StoryStore } from '@/utils/browser/stories-db';

// The packs the engine aligns against: the embedded ones (read-only), extra packs kept in storage.local under
// EXTRA_PACKS_KEY (written only by extension pages and this worker; the e2e's hostile pack), and the person's
// own stories in IndexedDB (utils/browser/stories-db.ts, edited only through this worker: stories.ts). No message
// from a web page can add a pack. Every pack is validated, wherever it comes from.

/** The storage.local key holding extra packs (an array of pack objects). */
export const EXTRA_PACKS_KEY = 'extraPacks';

export type PackSource = 'embedded' | 'extra' | 'user';

export interface SourcedPack {
  pack: StoryPack;
  source: PackSource;
}

/** The person's stories. */
export const storyStore = new StoryStore();

let packs: Promise<SourcedPack[]> | null = null;

async function loadExtraPacks(): Promise<StoryPack[]> {
  const stored = (await browser.storage.local.get(EXTRA_PACKS_KEY))[EXTRA_PACKS_KEY];
  return validOnly(Array.isArray(stored) ? stored : [], 'extra pack');
}

function validOnly(raw: unknown[], what: string): StoryPack[] {
  const valid: StoryPack[] = [];
  for (const item of raw) {
    const parsed = parseStoryPack(item);
    if (parsed.ok) valid.push(parsed.value);
    else console.warn(`Sidelight: ${what} ignored: ${parsed.error}`);
  }
  return valid;
}

async function loadUserStories(): Promise<StoryPack[]> {
  try {
    return validOnly(await storyStore.all(), 'stored story');
  } catch (e) {
    console.warn('Sidelight: stories database unavailable:', e);
    return [];
  }
}

async function loadAll(): Promise<SourcedPack[]> {
  const [embedded, extra, user] = await Promise.all([loadEmbeddedPacks(), loadExtraPacks(), loadUserStories()]);
  const tag = (source: PackSource) => (pack: StoryPack) => ({ pack, source });
  return [...embedded.map(tag('embedded')), ...extra.map(tag('extra')), ...user.map(tag('user'))];
}

/** Every pack with where it comes from, loaded once per service-worker life (or after `forgetPacks`). */
export function getSourcedPacks(): Promise<SourcedPack[]> {
  packs ??= loadAll();
  packs.catch(() => (packs = null));
  return packs;
}

/** All packs. */
export async function getPacks(): Promise<StoryPack[]> {
  return (await getSourcedPacks()).map((p) => p.pack);
}

/** Drops the loaded packs so the next `getPacks` reads them again (the extra packs or the stories changed). */
export function forgetPacks(): void {
  packs = null;
}

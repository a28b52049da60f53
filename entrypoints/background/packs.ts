import { browser } from 'wxt/browser';
import { loadEmbeddedPacks } from '@/utils/embedded-packs';
import { parseStoryPack } from '@/utils/pack/parse';
import type { StoryPack } from '@/utils/pack/schema';

// The packs the engine aligns against: the embedded ones plus packs kept in storage.local under EXTRA_PACKS_KEY.
// Only extension pages and this worker can write that key (a pack importer later; the e2e's hostile pack now);
// no message from a page can add a pack. Every extra pack is validated like an embedded one.

/** The storage.local key holding extra packs (an array of pack objects). */
export const EXTRA_PACKS_KEY = 'extraPacks';

let packs: Promise<StoryPack[]> | null = null;

async function loadExtraPacks(): Promise<StoryPack[]> {
  const stored = (await browser.storage.local.get(EXTRA_PACKS_KEY))[EXTRA_PACKS_KEY];
  if (!Array.isArray(stored)) return [];
  const valid: StoryPack[] = [];
  for (const raw of stored) {
    const parsed = parseStoryPack(raw);
    if (parsed.ok) valid.push(parsed.value);
    else console.warn(`Sidelight: extra pack ignored: ${parsed.error}`);
  }
  return valid;
}

/** All packs, loaded once per service-worker life (or after `forgetPacks`). */
export function getPacks(): Promise<StoryPack[]> {
  return (packs ??= Promise.all([loadEmbeddedPacks(), loadExtraPacks()]).then(([a, b]) => [...a, ...b]));
}

/** Drops the loaded packs so the next `getPacks` reads them again (the extra packs changed). */
export function forgetPacks(): void {
  packs = null;
}

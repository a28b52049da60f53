// Browser adapter: the extension's own files (browser.runtime.getURL), read for the story packs it ships.
import { browser } from 'wxt/browser';
import { parseStoryPackJson } from '../pack/parse';
import type { StoryPack } from '../pack/schema';

/** The story packs that ship inside the extension, as paths under `public/`. */
export const EMBEDDED_PACKS = ['/stories/witkoff-leak.json'] as const;

/** Reads and validates the embedded packs from the extension's own files (no network). */
export async function loadEmbeddedPacks(): Promise<StoryPack[]> {
  const packs: StoryPack[] = [];
  for (const path of EMBEDDED_PACKS) {
    const response = await fetch(browser.runtime.getURL(path));
    const parsed = parseStoryPackJson(await response.text());
    if (parsed.ok) packs.push(parsed.value);
    else console.error(`Sidelight: embedded pack ${path} is invalid: ${parsed.error}`);
  }
  return packs;
}

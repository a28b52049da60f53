// Loads the engine's resources in Node: the same lexicon file the extension fetches from public/engine/, and the
// embedded story pack it ships in public/stories/.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBilingual, decodeLexicon, type BilingualSet, type EngineResources } from '../../utils/engine/index';
import { parseStoryPackJson } from '../../utils/pack/parse';
import type { StoryPack } from '../../utils/pack/schema';

/** The repository root (two levels above this file). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Path of the word lexicon derived by scripts/derive-vectors.mjs. */
export const LEXICON_PATH = path.join(repoRoot, 'public', 'engine', 'lexicon.bin');

/** The bilingual lexicons derived by scripts/derive-bilingual.mjs: public/engine/bilingual-<lang>.txt. */
export const BILINGUAL_DIR = path.join(repoRoot, 'public', 'engine');

/** Reads every bilingual lexicon there is (in Node all are read at once: no page waits on them). */
export function loadBilingual(): BilingualSet {
  const set: BilingualSet = new Map();
  for (const f of fs.readdirSync(BILINGUAL_DIR).filter((n) => /^bilingual-[a-z]{2}\.txt$/.test(n))) {
    const lexicon = decodeBilingual(fs.readFileSync(path.join(BILINGUAL_DIR, f), 'utf8'));
    set.set(lexicon.lang, lexicon);
  }
  return set;
}

/** Reads and decodes the lexicons; without them (or with `none`) the engine matches words only lexically, and
 *  reads other languages through its curated vocabulary only. */
export function loadResources(none = false): EngineResources {
  if (none || !fs.existsSync(LEXICON_PATH)) return {};
  return { lexicon: decodeLexicon(fs.readFileSync(LEXICON_PATH)), bilingual: loadBilingual() };
}

/** The embedded story pack: the CLI's default, and what the eval, the trainer and the benchmarks align against. */
export const EMBEDDED_PACK_PATH = path.join(repoRoot, 'public', 'stories', 'witkoff-leak.json');

/** Reads the embedded pack and checks it as the extension does; a malformed one throws, naming the field. */
export function loadEmbeddedPack(): StoryPack {
  const parsed = parseStoryPackJson(fs.readFileSync(EMBEDDED_PACK_PATH, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

// Loads the engine's resources in Node: the same lexicon file the extension fetches from public/engine/.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeLexicon, type EngineResources } from '../../utils/engine/index';

/** The repository root (two levels above this file). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Path of the word lexicon derived by scripts/derive-vectors.mjs. */
export const LEXICON_PATH = path.join(repoRoot, 'public', 'engine', 'lexicon.bin');

/** Reads and decodes the lexicon; without it (or with `none`) the engine matches words only lexically. */
export function loadResources(none = false): EngineResources {
  if (none || !fs.existsSync(LEXICON_PATH)) return {};
  return { lexicon: decodeLexicon(fs.readFileSync(LEXICON_PATH)) };
}

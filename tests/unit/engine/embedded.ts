// The embedded story and the shipped word lexicon, loaded once for the engine's tests.
import fs from 'node:fs';
import path from 'node:path';
import { buildIndex, decodeLexicon } from '@/utils/engine/index';
import { parseStoryPackJson } from '@/utils/pack/parse';

export const root = path.resolve(__dirname, '..', '..', '..');
const parsed = parseStoryPackJson(fs.readFileSync(path.join(root, 'public', 'stories', 'witkoff-leak.json'), 'utf8'));
if (!parsed.ok) throw new Error(parsed.error);
export const pack = parsed.value;
export const lexicon = decodeLexicon(fs.readFileSync(path.join(root, 'public', 'engine', 'lexicon.bin')));
export const index = buildIndex([pack], { lexicon });

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex, decodeLexicon, detectStories } from '@/utils/engine/index';
import { parseStoryPackJson } from '@/utils/pack/parse';
import { realPages } from '../../../scripts/eval/corpora';

const root = path.resolve(__dirname, '..', '..', '..');
const pagesDir = path.join(root, '..', 'shared', 'fixtures', 'real-pages');
const present = fs.existsSync(pagesDir);

describe.skipIf(!present)(`real pages are not the story (needs ${pagesDir})`, () => {
  it('detects none of the real pages', () => {
    const parsed = parseStoryPackJson(
      fs.readFileSync(path.join(root, 'public', 'stories', 'witkoff-leak.json'), 'utf8'),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const lexicon = decodeLexicon(fs.readFileSync(path.join(root, 'public', 'engine', 'lexicon.bin')));
    const index = buildIndex([parsed.value], { lexicon });
    const detected = realPages(pagesDir)
      .filter((d) => detectStories(index, d.text)[0]?.detected)
      .map((d) => d.name);
    expect(detected).toEqual([]);
  }, 60_000);
});
if (!present) console.warn(`skipping real-page detection test: ${pagesDir} not found`);

import { describe, expect, it } from 'vitest';
import { claimTokens, makeBag } from '@/utils/engine/bag';
import { decodeLexicon } from '@/utils/engine/lexicon';
import fs from 'node:fs';
import path from 'node:path';

const lexicon = decodeLexicon(fs.readFileSync(path.resolve(__dirname, '../../../public/engine/lexicon.bin')));
const stats = { passages: 10, df: new Map<string, number>(), lexicon };
const who = (text: string) =>
  makeBag(claimTokens(text, 0, text.length).tokens, stats, lexicon)
    .terms.filter((t) => t.who)
    .map((t) => t.norm);

describe('makeBag', () => {
  it('marks the words that say who — names, also at the start of a sentence, and roles — not what happened', () => {
    expect(who('Ushakov told the envoy that aides to Putin advised against it.')).toEqual([
      'ushakov',
      'envoy',
      'aides',
      'putin',
    ]);
    // A common word that opens a sentence is not a name.
    expect(who('Officials said the Kremlin leaked nothing.')).toEqual(['officials', 'kremlin']);
  });
});

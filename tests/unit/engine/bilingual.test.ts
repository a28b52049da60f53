// The bilingual lexicons (issue 17): the committed files' format, the derivation script's output (when the
// Debian dictionaries are installed), the stemmer and the look-up, and real sentences of the development
// excerpts linked to the pack passages that report the same claim. Held-out articles are not used here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignText, buildIndex, decodeBilingual } from '@/utils/engine/index';
import { englishFor, isStopWord } from '@/utils/engine/languages/bilingual';
import { stemWord } from '@/utils/engine/languages/stem';
import { STOPWORDS } from '@/utils/engine/stopwords';
import { lexicon, pack, root } from './embedded';
import { bilingual, bilingualFile, hasReporting, reportingExcerpt, sameClaimPassages } from './languages-fixtures';
import { deriveAll, LANGUAGES, MAX_RANK } from '../../../scripts/derive-bilingual.mjs';

const file = bilingualFile;
const de = bilingual.get('de')!;

describe('the committed bilingual lexicons', () => {
  it.each(LANGUAGES as string[])('%s: format, English side within the lexicon, size', (lang) => {
    const text = fs.readFileSync(file(lang), 'utf8');
    const b = decodeBilingual(text);
    expect(b.lang).toBe(lang);
    // Ukrainian reaches English through Apertium's rus-ukr and FreeDict eng-rus only (1,700 words): the larger
    // routes into Russian are CC BY-SA 3.0, which may not be combined with the GPL in one file.
    expect(b.words.size).toBeGreaterThan(lang === 'uk' ? 500 : 1500);
    expect(b.stop.size).toBeGreaterThan(20);
    // Collected, then compared once: an expect per word takes seconds on German's 25,000 stems.
    const wrong: string[] = [];
    for (const [stem, english] of b.words) {
      if (!/^[\p{L}-]+$/u.test(stem) || !english.length) wrong.push(stem);
      for (const w of english)
        if (!((lexicon.rows.get(w) ?? Infinity) < MAX_RANK) || STOPWORDS.has(w)) wrong.push(`${stem}: ${w}`);
    }
    expect(wrong).toEqual([]);
    // Small enough to read on demand: the largest (German, compounds) is ~570 KB.
    expect(Buffer.byteLength(text)).toBeLessThan(600_000);
  });

  it('refuses a file that is not one', () => {
    expect(() => decodeBilingual('hello')).toThrow(/SLB1/);
    expect(() => decodeBilingual('SLB1 de\nno tab here')).toThrow(/malformed/);
  });
});

const FREEDICT = '/usr/share/dictd';
const installed = ['fra-eng', 'eng-fra'].every((d) => fs.existsSync(path.join(FREEDICT, `freedict-${d}.index`)));

describe('scripts/derive-bilingual.mjs', () => {
  it.runIf(installed)('derives the committed French lexicon from FreeDict fra-eng and eng-fra, byte for byte', () => {
    const files = deriveAll(FREEDICT, path.join(root, 'public', 'engine', 'lexicon.bin'), ['fr']) as Record<
      string,
      string
    >;
    expect(files['bilingual-fr.txt']).toBe(fs.readFileSync(file('fr'), 'utf8'));
  });
  it.skipIf(installed)(
    'skipped: FreeDict fra-eng or eng-fra is not installed (apt-get install -y dict-freedict-fra-eng dict-freedict-eng-fra to check the derivation)',
    () => {},
  );
});

describe('stemming', () => {
  it.each([
    ['de', 'Verhandlungen', 'Verhandlung'],
    ['de', 'Telefonats', 'Telefonat'],
    ['fr', 'révélé', 'révéler'],
    ['fr', 'enregistrements', 'enregistrement'],
    ['es', 'conversaciones', 'conversación'],
    ['it', 'telefonate', 'telefonata'],
    ['pl', 'nagrania', 'nagranie'],
    ['pl', 'rozmowy', 'rozmowa'],
    ['ru', 'утечки', 'утечка'],
    ['ru', 'разговора', 'разговор'],
    ['uk', 'розмови', 'розмова'],
    ['uk', 'розвідки', 'розвідка'],
  ] as const)('%s: %s and %s share a stem', (lang, a, b) => {
    expect(stemWord(a, lang)).toBe(stemWord(b, lang));
  });
  it('keeps short words whole', () => {
    expect(stemWord('мир', 'ru')).toBe('мир');
  });
});

describe('look-up', () => {
  it.each([
    ['de', 'Gespräche', 'conversation'],
    ['de', 'Enthüllung', 'disclosure'],
    ['fr', 'enregistrements', 'recording'],
    ['fr', 'conseils', 'advice'],
    ['pl', 'rozmowy', 'conversation'],
    ['ru', 'разговора', 'conversation'],
    // Ukrainian reads through eng-rus only (1,700 words: no 'conversation'), see the size test above.
    ['uk', 'уряду', 'government'],
  ] as const)('%s: %s gives %s', (lang, word, english) => {
    expect(englishFor(bilingual.get(lang)!, word)).toContain(english);
  });
  it('gives nothing for a word it does not know', () => {
    expect(englishFor(de, 'Quatschwortxyz')).toEqual([]);
  });
  it('knows stop words, folded', () => {
    expect(isStopWord(de, 'Dafür')).toBe(true);
    expect(isStopWord(de, 'Gespräch')).toBe(false);
  });
});

const fixture = (id: string) => reportingExcerpt(id).text;

describe.runIf(hasReporting)('development sentences linked to the English passages of the same claim', () => {
  const linked = sameClaimPassages;

  it('French: Bloomberg revealed the call between Witkoff and Ushakov (annotated A5, B3, C3)', () => {
    const passages = linked('leak-onnews-fr-origine-de-la-fuite', 'Cet appel, révélé par Bloomberg');
    expect(passages.length).toBeGreaterThan(0);
    for (const p of passages) expect(p).toMatch(/Ushakov/);
    expect(passages.join(' ')).toMatch(/Bloomberg|news agency/);
  });

  it('French: Ushakov appeared to authenticate the recordings (annotated A8, B8, C7)', () => {
    const passages = linked('leak-onnews-fr-origine-de-la-fuite', 'Les enregistrements audio semblent');
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.join(' ')).toMatch(/authenticity/);
  });

  it('German: Ushakov does not deny that the call took place (annotated A8, B8, C7)', () => {
    const passages = linked('leak-rtl-de-telefonat-video', 'Dass dieses Telefonat so stattgefunden hat');
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.join(' ')).toMatch(/did not deny/);
  });

  it('without the lexicons the same German sentence is not linked (the page is not even detected)', () => {
    const bare = buildIndex([pack], { lexicon });
    const result = alignText(bare, fixture('leak-rtl-de-telefonat-video'));
    expect(result.claims.some((c) => c.matches.some((m) => m.relation === 'same'))).toBe(false);
  });
});

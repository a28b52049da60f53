// Reading claims in other languages for linking (issue 17): stop words behind an elided article, the news
// vocabulary's general words (a visit, someone involved; Ukrainian news words the dictionary route lacks) and
// the development sentences they link. Held-out articles are not used here.
import { describe, expect, it } from 'vitest';
import { bridgeTokens } from '@/utils/engine/languages/bridge';
import { toEnglish } from '@/utils/engine/languages/vocabulary';
import { tokenize } from '@/utils/engine/tokenize';
import { hasReporting, languagesIndex, reportingExcerpt, sameClaimPassages } from './languages-fixtures';

const index = languagesIndex;
const fixture = (id: string) => reportingExcerpt(id).text;

describe('stop words behind an elided article', () => {
  const read = (text: string, stopWords = true) =>
    bridgeTokens(index, tokenize(text), 'fr', stopWords).map((t) => t.norm);

  it('drops "d’un" and "qu’une" when linking, as "un" and "une" are dropped', () => {
    const norms = read('La fuite d’un appel et qu’une autre conversation');
    expect(norms).not.toContain('somebody');
    expect(norms.filter((n) => /['’]/u.test(n))).toEqual([]);
    expect(norms).toEqual(expect.arrayContaining(['leak', 'call', 'conversation']));
  });

  it('reads for detection as before (the lexicon’s stop words kept)', () => {
    expect(read('La fuite d’un appel', false)).toContain('somebody');
  });
});

describe('general news words of the vocabulary', () => {
  it.each([
    ['wizycie', 'pl', 'visit'],
    ['wizyty', 'pl', 'visit'],
    ['impliqué', 'fr', 'involved'],
    ['impliquée', 'fr', 'involved'],
    ['beteiligt', 'de', 'involved'],
    ['visita', 'es', 'visit'],
    ['візиту', 'uk', 'visit'],
    ['плівок', 'uk', 'tape'],
    ['обговорень', 'uk', 'discussion'],
    ['дипломатів', 'uk', 'diplomat'],
    ['незалежних', 'uk', 'independent'],
  ] as const)('%s (%s) is %s', (word, lang, english) => expect(toEnglish(word, lang)).toBe(english));
});

describe.runIf(hasReporting)('the development excerpts read through the vocabulary', () => {
  it('reads two thirds of the Ukrainian development excerpt’s content words into English', () => {
    const text = fixture('leak-irtafax-uk-who-leaked-wsj');
    const read = bridgeTokens(index, tokenize(text), 'uk');
    // A word left in Cyrillic matched neither a name, the vocabulary nor the lexicon (0.48 read before).
    const unread = read.filter((t) => /\p{Script=Cyrillic}/u.test(t.norm));
    expect(1 - unread.length / read.length).toBeGreaterThanOrEqual(0.65);
  });

  const linked = sameClaimPassages;

  it('Polish: Bloomberg also revealed the Dmitriev–Ushakov transcript, after his US visit (annotated B5)', () => {
    const passages = linked('leak-tvn24-pl-kto-ujawnil-nagrania', 'Bloomberg ujawnił także');
    expect(passages.join(' ')).toMatch(/The second call was between Ushakov and Kirill Dmitriev/);
  });

  it('French: the call with Ushakov and the other with Dmitriev, involved in the talks (annotated C3)', () => {
    const passages = linked('leak-onnews-fr-origine-de-la-fuite', 'Cet appel, révélé par Bloomberg');
    expect(passages.join(' ')).toMatch(/The recordings feature discussions/);
  });
});

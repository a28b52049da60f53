import { describe, expect, it } from 'vitest';
import { sources } from '@/utils/engine/differences/attribution';
import { findDifferences } from '@/utils/engine/differences';

const kinds = (a: string, b: string) => findDifferences(a, b).map((d) => [d.kind, d.here, d.there]);

describe('differences', () => {
  it('flags quote wording', () => {
    expect(
      kinds('He claimed some of them were "forgeries," he said.', 'He claimed some parts were "fake" but declined.'),
    ).toContainEqual(['quote', 'forgeries', 'fake']);
  });

  it('names a quotation worded differently whole, as each outlet prints it', () => {
    // Issue 20 item 9: these were listed as fragments ("100 million" / "100m"), which no outlet printed.
    const d = kinds(
      '"It is hard. It could be 100 million different things," he said.',
      'suggesting it "could be 100m different things."',
    );
    expect(d).toEqual([
      ['quote', 'It is hard. It could be 100 million different things', 'could be 100m different things'],
    ]);
  });

  it('names nothing when one quotation is only a part of the other', () => {
    expect(
      kinds(
        'suggesting it "could be 100 million different things."',
        '"It is hard. It could be 100 million different things," he said.',
      ),
    ).toEqual([]);
  });

  it('flags dates and numbers that differ but not the same value written differently', () => {
    expect(kinds('The call took place on Oct 12.', 'The call took place on October 14.')).toContainEqual([
      'date',
      'Oct 12',
      'October 14',
    ]);
    expect(kinds('It cost 100 million dollars.', 'It cost 100m dollars.').filter(([k]) => k === 'number')).toEqual([]);
    expect(kinds('Bloomberg wrote about two phone calls.', 'Bloomberg described three calls.')).toContainEqual([
      'number',
      'two',
      'three',
    ]);
  });

  it('flags titles given to the same person', () => {
    expect(
      kinds('an aide to US President Donald Trump', 'a key adviser to former President Donald Trump'),
    ).toContainEqual(['title', 'US President Donald Trump', 'former President Donald Trump']);
  });

  it('flags a changed role, not a word that only places the person', () => {
    const titles = (a: string, b: string) => kinds(a, b).filter(([k]) => k === 'title');
    expect(titles('President Donald Trump said so', 'US President Donald Trump said so')).toEqual([]);
    expect(titles('Kremlin aide Yuri Ushakov said so', 'aide Yuri Ushakov said so')).toEqual([]);
    expect(titles('Trump aide Steve Witkoff said so', 'Trump envoy Steve Witkoff said so')).toEqual([
      ['title', 'Trump aide Steve Witkoff', 'Trump envoy Steve Witkoff'],
    ]);
  });

  it('gives a title to the first of two names written in one run, not to both', () => {
    const d = kinds(
      'an aide to US President Donald Trump Steve Witkoff gives advice',
      'Trump aide Steve Witkoff gave advice to former President Donald Trump',
    );
    expect(d.filter(([k]) => k === 'title')).toEqual([
      ['title', 'US President Donald Trump', 'former President Donald Trump'],
    ]);
  });

  it('flags hedging', () => {
    expect(
      kinds('Ushakov appeared to confirm the authenticity.', 'Ushakov did not deny the authenticity.'),
    ).toContainEqual(['hedging', 'appeared to confirm', 'did not deny']);
  });

  it('flags attribution to different sources', () => {
    const d = kinds('The risk is high, the British resource notes.', 'The risk is high, the official stated.');
    expect(d).toContainEqual(['attribution', 'the british resource', 'the official']);
  });

  it('does not flag one source described in other order or with another article', () => {
    const d = kinds(
      'A former senior intelligence official noted that the call could have been intercepted.',
      'The call could have been intercepted, one senior former intelligence official said.',
    );
    expect(d.filter(([k]) => k === 'attribution')).toEqual([]);
  });

  it('takes the one who told, not the one told, as the source', () => {
    expect(sources('Witkoff told Yuri Ushakov that a deal was near.')).toEqual(['witkoff']);
    expect(kinds('The deal is near, said Daniel Hoffman.', 'The deal is near, the official stated.')).toContainEqual([
      'attribution',
      'daniel hoffman',
      'the official',
    ]);
  });

  it('reports nothing for identical text', () => {
    const t = 'Ushakov said "some parts were fake" on Wednesday, the official stated.';
    expect(findDifferences(t, t)).toEqual([]);
  });
});

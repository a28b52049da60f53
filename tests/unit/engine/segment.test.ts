import { describe, expect, it } from 'vitest';
import { segment } from '@/utils/engine/segment';

const texts = (t: string) => segment(t).map((s) => s.text);

describe('segment', () => {
  it('keeps exact UTF-16 offsets', () => {
    const t = 'Café owners met. 🙂 The mayor spoke.';
    for (const s of segment(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split at abbreviations and initials', () => {
    expect(texts('Mr. Smith met U.S. officials on Oct. 12 with Donald J. Trump in Washington. They talked.')).toEqual([
      'Mr. Smith met U.S. officials on Oct. 12 with Donald J. Trump in Washington.',
      'They talked.',
    ]);
  });

  it('splits after an abbreviation when a new sentence clearly starts', () => {
    expect(texts('The leak came from the U.S. The CIA declined to comment.')).toHaveLength(2);
  });

  it('keeps a quotation that spans sentences with its speaker', () => {
    const t = '"It is hard to say. It could be many things," said Daniel Hoffman. He declined to add more.';
    expect(texts(t)).toEqual([
      '"It is hard to say. It could be many things," said Daniel Hoffman.',
      'He declined to add more.',
    ]);
  });

  it('handles curly quotes and a missing space before a quote', () => {
    const t =
      'It shed light on Witkoff\'s"questionable loyalty" and more. Ushakov called it “unacceptable.” Then he left.';
    expect(texts(t)).toEqual([
      'It shed light on Witkoff\'s"questionable loyalty" and more.',
      'Ushakov called it “unacceptable.”',
      'Then he left.',
    ]);
  });

  it('recovers a missing space after a full stop', () => {
    expect(texts('The talks ended in the war.The envoy left the city.')).toHaveLength(2);
  });

  it('keeps headings and captions apart from prose', () => {
    const segs = segment('The Mystery of the Leak\nThe content of the calls was startling. Nobody knew more.');
    expect(segs[0]).toMatchObject({ kind: 'heading', text: 'The Mystery of the Leak' });
    expect(segs.slice(1).every((s) => s.kind === 'sentence')).toBe(true);
  });

  it.each([
    ['MOSCOW (Reuters) - ', 'The Kremlin said on Wednesday that the leak was an attempt to hinder the talks.'],
    ['MOSCOW (AP) — ', 'Russia’s space agency said the cargo ship was lost.'],
    ['KYIV, Ukraine (AP) — ', 'Ukraine said the recordings were genuine.'],
    ['LONDON, Nov 26 (Reuters) - ', 'Britain said it had not seen the transcript.'],
    ['CAIRO — ', 'Gunmen stormed the museum on Wednesday.'],
    ['April 17, 2015 -- ', 'Doctors said the findings were preliminary.'],
    ['WASHINGTON, D.C. — ', '“We will not comment,” a spokesman said.'],
  ])('leaves the dateline "%s" out of the first sentence’s claim', (dateline, sentence) => {
    const segs = segment(`${dateline}${sentence} A second sentence follows.`);
    expect(segs[0]).toMatchObject({ kind: 'heading', text: dateline.trim() });
    expect(segs[1]).toMatchObject({ kind: 'sentence', text: sentence, start: dateline.length });
  });

  it.each([
    'US — Russia talks resumed in Geneva on Tuesday.',
    'NATO — the alliance itself — said nothing.',
    'Officials in MOSCOW - and in Kyiv - said nothing.',
    'Asked about the MOSCOW talks, he said nothing.',
  ])('finds no dateline in "%s"', (line) => {
    expect(segment(line)[0]).toMatchObject({ kind: 'sentence', start: 0 });
  });

  it('reads a reference list’s entry as one line of chrome, not as claims', () => {
    const segs = segment(
      'The film was released in 1993.\n^ Bogue, Mike (September 26, 2017). Apocalypse Then. McFarland. Retrieved 6 May 2022.',
    );
    expect(segs.map((s) => s.kind)).toEqual(['sentence', 'heading']);
  });

  it('takes a short line that is one question for a subhead, not a claim', () => {
    const kinds = (t: string) => segment(t).map((s) => s.kind);
    expect(kinds('Who could have leaked the calls?\nThe calls were leaked.')).toEqual(['heading', 'sentence']);
    // A question among other sentences, a long one, or a quoted one stays prose.
    expect(kinds('The calls were leaked. But who leaked them?')).toEqual(['sentence', 'sentence']);
    expect(
      kinds(
        'Why would anyone in Washington risk a career to leak a recording that embarrasses the envoy and the White House?',
      ),
    ).toEqual(['sentence']);
    expect(kinds('"Who benefits from this leak?"')).toEqual(['sentence']);
  });

  it('splits text in other scripts', () => {
    expect(texts('会谈结束了。特使离开了。')).toHaveLength(2);
    expect(texts('Встреча закончилась. Посланник уехал.')).toHaveLength(2);
  });

  it('splits a sentence with two claims at a semicolon', () => {
    expect(
      texts('The envoy met the aide in Moscow on Monday; the two men discussed a new draft of the plan.'),
    ).toHaveLength(2);
  });

  it('returns nothing for empty or blank input', () => {
    expect(segment('')).toEqual([]);
    expect(segment(' \n\t ')).toEqual([]);
  });
});

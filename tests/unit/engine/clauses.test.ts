import { describe, expect, it } from 'vitest';
import { scoringParts, splitClauses } from '../../../utils/engine/clauses';

const clauses = (s: string) => splitClauses(s, 0, s.length).map(([a, b]) => s.slice(a, b).trim());

describe('splitClauses', () => {
  it('cuts at a semicolon between two statements', () => {
    expect(
      clauses('The envoy spoke with the aide on October 14 last year; the aide later called the recordings fake.'),
    ).toEqual(['The envoy spoke with the aide on October 14 last year;', 'the aide later called the recordings fake.']);
  });

  it('cuts at a contrastive join after a comma', () => {
    expect(
      clauses('He claimed some parts of the recordings were fake, but he declined to comment on the remainder.'),
    ).toEqual(['He claimed some parts of the recordings were fake,', 'but he declined to comment on the remainder.']);
  });

  it('keeps a colon that introduces a list, and halves too short to be claims', () => {
    const list =
      'Bloomberg wrote about two phone calls: between the envoy and the aide, and between the aide and the banker.';
    expect(clauses(list)).toEqual([list]);
    expect(clauses('He said one thing; she disagreed with all of it entirely.')).toHaveLength(1);
  });

  it('never cuts inside a quotation within the sentence', () => {
    const s =
      'The aide said "some of them were forgeries; the rest are confidential and private" on Wednesday evening.';
    expect(clauses(s)).toEqual([s]);
  });

  it('keeps a quotation that is the whole sentence whole: its clauses belong to the speaker named after it', () => {
    const s =
      '"The aide appeared to confirm the authenticity of the recordings on Wednesday: while he claimed some were forgeries, he would not comment on the rest," the paper notes.';
    expect(clauses(s)).toEqual([s]);
  });
});

const parts = (s: string) => scoringParts(s, 0, s.length).map(([a, b]) => s.slice(a, b).trim());

describe('scoringParts', () => {
  it('finds the parts of a quotation and of a list that splitClauses keeps whole', () => {
    const quote =
      '"The aide appeared to confirm the authenticity of the recordings on Wednesday: while he claimed some were forgeries, he would not comment on the rest," the paper notes.';
    expect(parts(quote)).toEqual([
      '"The aide appeared to confirm the authenticity of the recordings on Wednesday:',
      'while he claimed some were forgeries, he would not comment on the rest," the paper notes.',
    ]);
    const list =
      'The paper recalls that Bloomberg wrote about two phone calls: between the envoy and the aide, and between the aide and the banker.';
    expect(clauses(list)).toEqual([list]);
    expect(parts(list)).toEqual([
      'The paper recalls that Bloomberg wrote about two phone calls:',
      'between the envoy and the aide, and between the aide and the banker.',
    ]);
  });

  it('gives bounds in the text it was given, and nothing for a claim of one part', () => {
    const text = 'Intro. The envoy spoke with the aide on October 14 last year; the aide later called it fake news.';
    const start = text.indexOf('The');
    const bounds = scoringParts(text, start, text.length);
    expect(bounds[0]![0]).toBe(start);
    expect(bounds[1]![1]).toBe(text.length);
    expect(scoringParts(text, 0, 6)).toEqual([]);
    expect(parts('He said one thing; she disagreed with all of it entirely.')).toEqual([]);
  });
});

// Dates across languages (issue 17): a day and month written in another language is the same date as in
// English ("14 жовтня", "14. Oktober", "14 ottobre" = October 14), so only a different date is a difference.
import { describe, expect, it } from 'vitest';
import { mentions, numberDifferences } from '@/utils/engine/differences/numbers';
import { monthOf } from '@/utils/engine/languages/months';

describe('months in every language', () => {
  it.each([
    ['жовтня', 10],
    ['октября', 10],
    ['Oktober', 10],
    ['octobre', 10],
    ['ottobre', 10],
    ['octubre', 10],
    ['października', 10],
    ['listopada', 11],
    ['листопада', 11],
    ['ноября', 11],
    ['novembre', 11],
    ['März', 3],
    ['août', 8],
  ] as const)('%s is month %i', (word, month) => {
    expect(monthOf(word)).toBe(month);
  });
  it('is no month for other words', () => {
    expect(monthOf('Telefonat')).toBeNull();
    expect(monthOf('липа')).toBeNull();
  });
});

describe('dates across languages', () => {
  it.each([
    'Розмова відбулася 14 жовтня.',
    'Разговор состоялся 14 октября.',
    'Das Telefonat fand am 14. Oktober statt.',
    'La telefonata del 14 ottobre.',
    "L'appel du 14 octobre.",
    'La llamada del 14 de octubre.',
    'Rozmowa z 14 października.',
  ])('"%s" is October 14', (text) => {
    expect(mentions(text).filter((m) => m.kind === 'date')).toEqual([
      expect.objectContaining({ kind: 'date', value: '10-14' }),
    ]);
    expect(numberDifferences(text, 'The call took place on October 14.')).toEqual([]);
  });
  it('a different date is a difference', () => {
    expect(numberDifferences('Розмова відбулася 16 жовтня.', 'The call took place on October 14.')).toEqual([
      { kind: 'date', here: '16 жовтня', there: 'October 14' },
    ]);
  });
  it('a number before a word that is no month stays a number', () => {
    expect(mentions('14 Experten')).toEqual([expect.objectContaining({ kind: 'number', value: '14' })]);
  });
});

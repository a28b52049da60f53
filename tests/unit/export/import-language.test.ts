import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { problemWords, skippedWords } from '@/utils/browser/problem-words';
import { checkHighlightsFile } from '@/utils/export/import-file';
import { notImportedNote } from '@/utils/export/import-hypothesis';
import { substitute, type Catalog } from '@/utils/i18n/messages';

// A highlights file refused, or imported with its Hypothesis replies and page notes left out, is said in the
// reader's language, the field named as in the file; in English exactly as before (the library's e2e reads it).

const FILE = readFileSync('tests/fixtures/highlights/hypothesis-export.json', 'utf8');
const exported = () => JSON.parse(FILE) as { annotations: any[] };

function browserIn(lang: string) {
  const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Catalog;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
    substitute(messages[key]?.message ?? '', subs)) as typeof fakeBrowser.i18n.getMessage);
}
afterEach(() => vi.restoreAllMocks());

/** The library's words for a file changed by `change`. */
function said(change: (d: { annotations: any[] }) => void = () => {}) {
  const data = exported();
  change(data);
  const checked = checkHighlightsFile(JSON.stringify(data));
  return checked.ok ? skippedWords(checked.skipped) : problemWords(checked.problem);
}

describe('a highlights import in the reader’s language', () => {
  it('says the replies and page notes left out, and a date not on the calendar, in English as before', () => {
    for (const [reply, pageNote] of [
      [1, 0],
      [0, 1],
      [1, 1],
      [2, 0],
      [3, 5],
      [21, 1],
    ] as const) {
      expect(skippedWords({ reply, pageNote })).toBe(notImportedNote({ reply, pageNote }));
    }
    expect(said()).toBe('1 reply and 1 page note were not imported: Sidelight keeps highlights of quoted text.');
    expect(skippedWords(null)).toBeNull();
    expect(said((d) => (d.annotations[1].created = '2025-02-30T10:00:00+00:00'))).toBe(
      'annotations[1].created: 2025-02-30T10:00:00+00:00: February 2025 has no day 30',
    );
  });

  it('says them in Ukrainian, Russian and German', () => {
    browserIn('uk');
    expect(said()).toBe(
      'Не імпортовано: 1 відповідь і 1 нотатка до сторінки. Sidelight зберігає виділення цитованого тексту.',
    );
    expect(skippedWords({ reply: 3, pageNote: 5 })).toBe(
      'Не імпортовано: 3 відповіді і 5 нотаток до сторінки. Sidelight зберігає виділення цитованого тексту.',
    );
    browserIn('ru');
    expect(skippedWords({ reply: 2, pageNote: 0 })).toBe(
      'Не импортировано: 2 ответа. Sidelight хранит выделения цитируемого текста.',
    );
    browserIn('de');
    expect(said((d) => (d.annotations[1].created = '2025-02-30T10:00:00+00:00'))).toBe(
      'annotations[1].created: 2025-02-30T10:00:00+00:00: der Februar 2025 hat keinen 30. Tag',
    );
    expect(said()).toBe(
      '1 Antwort und 1 Seitennotiz wurden nicht importiert: Sidelight behält Markierungen von zitiertem Text.',
    );
  });

  it('names the bad field in Ukrainian, a date not on the calendar too', () => {
    browserIn('uk');
    expect(said((d) => d.annotations.push(d.annotations[1]))).toBe(
      'annotations[4].id: повторний ідентифікатор Kq2Pz-_REe6b4zfvgpLZKg',
    );
    expect(said((d) => (d.annotations[0].tags = 'leak'))).toBe(
      'annotations[0].tags: неправильний тип: очікувалося Array, отримано "leak"',
    );
    expect(said((d) => delete d.annotations[0].uri)).toBe('annotations[0].uri: бракує поля "uri"');
    expect(said((d) => (d.annotations[1].created = '2025-02-30T10:00:00+00:00'))).toBe(
      'annotations[1].created: 2025-02-30T10:00:00+00:00: лютий 2025 року не має 30-го дня',
    );
    expect(said((d) => (d.annotations[0].updated = '2025-13-01T10:00:00Z'))).toBe(
      'annotations[0].updated: 2025-13-01T10:00:00Z: місяця 13 не існує',
    );
    const notJson = checkHighlightsFile('{oops');
    expect(!notJson.ok && problemWords(notJson.problem)).toMatch(/^Не JSON: /);
  });

  it('says a highlight’s other problems in the reader’s language too, and in English as the checks word them', () => {
    const changes: Array<[string, (d: { annotations: any[] }) => void, string, string]> = [
      [
        'several targets',
        (d) => d.annotations[0].target.push(d.annotations[0].target[0]),
        'annotations[0].target: one target: a highlight quotes one passage',
        'annotations[0].target: одна ціль: виділення цитує один уривок',
      ],
      [
        'an id too long',
        (d) => (d.annotations[0].id = 'x'.repeat(120)),
        'annotations[0].id: Invalid length: Expected <=89 but received 120',
        'annotations[0].id: неприпустима довжина: очікувалося <=89, отримано 120',
      ],
      [
        'a time that is no date',
        (d) => (d.annotations[0].created = 'yesterday'),
        'annotations[0].created: Invalid timestamp: Received "yesterday"',
        'annotations[0].created: неправильні дата й час: отримано "yesterday"',
      ],
    ];
    for (const [, change, english] of changes) expect(said(change)).toBe(english);
    browserIn('uk');
    for (const [, change, , ukrainian] of changes) expect(said(change)).toBe(ukrainian);
  });
});

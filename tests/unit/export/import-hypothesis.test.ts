import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWebAnnotations } from '@/utils/export/import-annotations';
import { parseHighlightsFile } from '@/utils/export/import-file';
import { planHighlightImport } from '@/utils/export/import-merge';
import { toWebAnnotations } from '@/utils/export/web-annotation';
import type { Highlight } from '@/utils/highlights/types';

// Issue 20: a Hypothesis export (the client's `{ annotations }`, the API's `{ rows }`, or a bare list) imports as
// highlights, where it used to be refused with "type: Invalid key". Replies and page notes quote no passage: they
// are counted and said, not dropped silently. A malformed file is rejected whole, naming the field.

const FILE = readFileSync('tests/fixtures/highlights/hypothesis-export.json', 'utf8');
const exported = () => JSON.parse(FILE) as { annotations: any[] };
const read = (data: unknown) => parseHighlightsFile(JSON.stringify(data));
const error = (change: (d: { annotations: any[] }) => void) => {
  const data = exported();
  change(data);
  const r = read(data);
  return r.ok ? 'imported' : r.error;
};

describe('importing a Hypothesis export', () => {
  const result = parseHighlightsFile(FILE);
  if (!result.ok) throw new Error(result.error);

  it('makes a highlight of each annotation that quotes a passage, with its comment, tags, page and dates', () => {
    expect(result.highlights).toEqual<Highlight[]>([
      {
        v: 1,
        id: 'hypothesis-Fw1Ox-_REe6b4zfvgpLZKg',
        url: 'https://www.capitalpost.example/politics/leaked-calls.html?utm_source=rss',
        canonicalUrl: 'https://www.capitalpost.example/politics/leaked-calls.html',
        quote: {
          exact: 'Witkoff advised the Kremlin aide how to pitch the plan to Trump',
          prefix: 'According to the transcript, ',
          suffix: ', the recording shows.',
        },
        page: { title: 'Leaked calls reveal Trump aide’s Kremlin advice' },
        comment: 'Compare with the **UNIAN** wording.',
        tags: ['leak', 'diplomacy', 'Kremlin-talks'], // As the library stores typed tags.
        links: [],
        created: Date.UTC(2025, 10, 26, 13, 12, 56, 381),
        updated: Date.UTC(2025, 10, 26, 13, 14, 2, 117),
      },
      {
        v: 1,
        id: 'hypothesis-Kq2Pz-_REe6b4zfvgpLZKg',
        url: 'https://insider.example/2025/11/late-penalty',
        canonicalUrl: 'https://insider.example/2025/11/late-penalty',
        quote: { exact: 'A late penalty gave Harbour Town the win', prefix: 'On Saturday ', suffix: ' at Millbrook.' },
        page: { title: 'Late penalty gives Harbour Town a 2-1 win' },
        comment: '',
        tags: [],
        links: [],
        created: Date.UTC(2025, 10, 26, 13, 20),
        updated: Date.UTC(2025, 10, 26, 13, 20),
      },
    ]);
  });

  it('says what it left out: the reply and the page note', () => {
    expect(result.note).toBe('1 reply and 1 page note were not imported: Sidelight keeps highlights of quoted text.');
  });

  it('reads the API’s search result and a bare list the same', () => {
    const { annotations } = exported();
    expect(read({ total: annotations.length, rows: annotations })).toEqual(result);
    expect(read(annotations)).toEqual(result);
    expect(read([])).toEqual({ ok: true, highlights: [], note: null });
  });

  it('finds the same highlights when the same export is imported again', () => {
    const again = parseHighlightsFile(FILE);
    const plan = planHighlightImport(
      again.ok ? again.highlights : [],
      new Map(result.highlights.map((h) => [h.id, h])),
    );
    expect(plan).toEqual({ fresh: [], unchanged: 2, conflicts: [] });
  });

  it('round-trips through Sidelight’s own JSON-LD export', () => {
    expect(parseWebAnnotations(toWebAnnotations(result.highlights))).toEqual({
      ok: true,
      highlights: result.highlights,
    });
  });

  it('takes a title given as text, and passes over selectors of kinds it has no use for', () => {
    const r = read(
      exported().annotations.map((a, i) =>
        i === 0
          ? {
              ...a,
              document: { title: 'One title' },
              target: [
                { ...a.target[0], selector: [...a.target[0].selector, { type: 'FragmentSelector', value: 'p=3' }] },
              ],
            }
          : a,
      ),
    );
    expect(r.ok && r.highlights[0]!.page.title).toBe('One title');
    expect(r.ok && r.highlights[0]!.quote).toEqual(result.highlights[0]!.quote);
  });
});

describe('a malformed Hypothesis export is rejected whole, naming the field', () => {
  it('a selector of a known kind with a bad field', () => {
    expect(error((d) => (d.annotations[0].target[0].selector[2].exact = 42))).toBe(
      'annotations[0].target[0].selector[2].exact: Invalid type: Expected string but received 42',
    );
    expect(error((d) => delete d.annotations[1].target[0].selector[0].start)).toMatch(
      /^annotations\[1\]\.target\[0\]\.selector\[0\]\.start: /,
    );
  });

  it('a missing address, a date not on the calendar, tags that are not text', () => {
    expect(error((d) => delete d.annotations[0].uri)).toMatch(/^annotations\[0\]\.uri: Invalid key/);
    expect(error((d) => (d.annotations[1].created = '2025-02-30T10:00:00+00:00'))).toBe(
      'annotations[1].created: 2025-02-30T10:00:00+00:00: February 2025 has no day 30',
    );
    expect(error((d) => (d.annotations[0].tags = 'leak'))).toMatch(/^annotations\[0\]\.tags: Invalid type/);
  });

  it('two targets or two quotes, where a highlight has one passage', () => {
    expect(error((d) => d.annotations[0].target.push(d.annotations[0].target[0]))).toMatch(
      /^annotations\[0\]\.target: one target/,
    );
    expect(
      error((d) => d.annotations[1].target[0].selector.push({ type: 'TextQuoteSelector', exact: 'Another passage' })),
    ).toMatch(/^annotations\[1\]\.target\[0\]\.selector\[2\]: a second TextQuoteSelector/);
  });

  it('the same annotation twice, an empty quote, a bare list with a bad item', () => {
    expect(error((d) => d.annotations.push(d.annotations[1]))).toBe(
      'annotations[4].id: duplicate id Kq2Pz-_REe6b4zfvgpLZKg',
    );
    expect(error((d) => (d.annotations[0].target[0].selector[2].exact = ''))).toMatch(
      /^annotations\[0\] → quote\.exact: /,
    );
    const r = read([exported().annotations[0], { id: 'x' }]);
    expect(!r.ok && r.error).toMatch(/^\[1\]\.uri: Invalid key/);
  });
});

describe('which reader a file goes to', () => {
  const highlights = JSON.parse(readFileSync('tests/fixtures/highlights/highlights.json', 'utf8')) as Highlight[];

  it('Sidelight’s JSON-LD export reads as before', () => {
    expect(parseHighlightsFile(toWebAnnotations(highlights))).toEqual({ ok: true, highlights, note: null });
  });

  it('a file of neither kind is refused by the JSON-LD reader, naming what it lacks', () => {
    expect(parseHighlightsFile('{"items": []}')).toMatchObject({ ok: false, error: expect.stringMatching(/^type: /) });
    expect(parseHighlightsFile('"text"')).toMatchObject({ ok: false, error: expect.stringMatching(/^\(file\): /) });
    expect(parseHighlightsFile('{oops')).toMatchObject({ ok: false, error: expect.stringMatching(/^Not JSON/) });
  });
});

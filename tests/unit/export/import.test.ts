import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWebAnnotations } from '@/utils/export/import-annotations';
import { toWebAnnotations } from '@/utils/export/web-annotation';
import type { Highlight } from '@/utils/highlights/types';

const highlights = JSON.parse(readFileSync('tests/fixtures/highlights/highlights.json', 'utf8')) as Highlight[];

describe('import of the JSON-LD export', () => {
  it('restores every highlight exactly', () => {
    expect(parseWebAnnotations(toWebAnnotations(highlights))).toEqual({ ok: true, highlights });
  });

  it('reads a file from before issue 20 too: an empty body list and no collection id', () => {
    const data = JSON.parse(toWebAnnotations(highlights));
    delete data.id;
    expect(data.first.items[1].body).toBeUndefined(); // A plain highlight is exported without a body now.
    data.first.items[1].body = [];
    expect(parseWebAnnotations(JSON.stringify(data))).toEqual({ ok: true, highlights });
  });

  it('writes an id that is no UUID (an imported Hypothesis one) under Sidelight’s namespace, and reads it back', () => {
    const other = { ...highlights[1]!, id: 'hypothesis-Fw1Ox-_REe6b4zfvgpLZKg/é' };
    const data = JSON.parse(toWebAnnotations([highlights[0]!, other]));
    expect(data.first.items.map((a: { id: string }) => a.id)).toEqual([
      `urn:uuid:${highlights[0]!.id}`,
      'urn:x-sidelight:highlight:hypothesis-Fw1Ox-_REe6b4zfvgpLZKg%2F%C3%A9',
    ]);
    expect(parseWebAnnotations(JSON.stringify(data))).toEqual({ ok: true, highlights: [highlights[0], other] });
    // Files written before wrote every id as a urn:uuid:, whatever it was.
    data.first.items[1].id = `urn:uuid:${other.id}`;
    expect(parseWebAnnotations(JSON.stringify(data))).toEqual({ ok: true, highlights: [highlights[0], other] });
    data.first.items[1].id = 'https://hypothes.is/a/Fw1Ox';
    expect(parseWebAnnotations(JSON.stringify(data))).toEqual({
      ok: false,
      error: 'first.items[1].id: not a urn:uuid: or urn:x-sidelight:highlight: IRI',
    });
  });

  it('rejects a malformed file whole, naming the bad field', () => {
    const data = JSON.parse(toWebAnnotations(highlights));
    data.first.items[1].target.selector[0].exact = 42;
    const r = parseWebAnnotations(JSON.stringify(data));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^first\.items\[1\]\.target\.selector\[0\]\.exact: /);
  });

  it('rejects bad values the W3C shape allows, duplicates, a wrong total and non-JSON', () => {
    const data = JSON.parse(toWebAnnotations(highlights));
    data.first.items[2].body[1].purpose = 'tagging';
    data.first.items[2].target['sidelight:page'] = { title: 7 };
    expect(parseWebAnnotations(JSON.stringify(data))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/items\[2\] → page\.title/),
    });
    const dup = JSON.parse(toWebAnnotations(highlights));
    dup.first.items[2].id = dup.first.items[0].id;
    expect(parseWebAnnotations(JSON.stringify(dup))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/duplicate/),
    });
    const total = JSON.parse(toWebAnnotations(highlights));
    total.total = 9;
    expect(parseWebAnnotations(JSON.stringify(total))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^total/),
    });
    expect(parseWebAnnotations('{oops')).toMatchObject({ ok: false, error: expect.stringMatching(/^Not JSON/) });
  });
});

// Issue 18, "JSON-LD import tells the truth": nothing in a file is changed or dropped without a word.
describe('what the import does not let pass silently', () => {
  const reject = (change: (data: any) => void) => {
    const data = JSON.parse(toWebAnnotations(highlights));
    change(data);
    const r = parseWebAnnotations(JSON.stringify(data));
    return r.ok ? 'imported' : r.error;
  };

  it('rejects a date the calendar does not have, naming the field (Date.parse reads 2025-02-30 as 2 March)', () => {
    expect(reject((d) => (d.first.items[1].created = '2025-02-30T10:00:00.000Z'))).toBe(
      'first.items[1].created: 2025-02-30T10:00:00.000Z: February 2025 has no day 30',
    );
    expect(reject((d) => (d.first.items[0].modified = '2025-13-01T10:00:00Z'))).toBe(
      'first.items[0].modified: 2025-13-01T10:00:00Z: there is no month 13',
    );
    expect(reject((d) => (d.first.items[0].created = '2023-02-29T00:00:00Z'))).toMatch(/February 2023 has no day 29/);
    // 29 February of a leap year is a date.
    expect(reject((d) => (d.first.items[0].created = '2024-02-29T00:00:00.000Z'))).toBe('imported');
  });

  it('rejects a second quote or position selector, naming it, rather than keep one of them', () => {
    expect(
      reject((d) =>
        d.first.items[0].target.selector.push({ type: 'TextQuoteSelector', exact: 'Other', prefix: '', suffix: '' }),
      ),
    ).toMatch(/^first\.items\[0\]\.target\.selector\[2\]: a second TextQuoteSelector; a highlight keeps one/);
    expect(
      reject((d) => d.first.items[2].target.selector.push({ type: 'TextPositionSelector', start: 1, end: 2 })),
    ).toMatch(/^first\.items\[2\]\.target\.selector\[2\]: a second TextPositionSelector/);
  });

  it('keeps every comment of an annotation with several, joined by a blank line', () => {
    const data = JSON.parse(toWebAnnotations(highlights));
    data.first.items[0].body.push({ type: 'TextualBody', purpose: 'commenting', value: 'A second thought' });
    const r = parseWebAnnotations(JSON.stringify(data));
    expect(r.ok && r.highlights[0]!.comment).toBe(`${highlights[0]!.comment}\n\nA second thought`);
  });
});

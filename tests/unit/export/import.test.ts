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

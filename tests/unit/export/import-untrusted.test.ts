import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWebAnnotations } from '@/utils/export/import-annotations';
import { toMarkdown } from '@/utils/export/markdown';
import { toWebAnnotations } from '@/utils/export/web-annotation';
import type { Highlight } from '@/utils/highlights/types';
import { MAX_IMPORT_CHARS, MAX_IMPORT_HIGHLIGHTS } from '@/utils/limits';

// Highlight files come from outside: bounded in size and count, and a lone UTF-16 surrogate in one (half an
// emoji) is repaired to U+FFFD instead of reaching encodeURIComponent, which throws on it (that emptied the
// library and broke the Markdown export).

const highlights = JSON.parse(readFileSync('tests/fixtures/highlights/highlights.json', 'utf8')) as Highlight[];
const exported = () => JSON.parse(toWebAnnotations(highlights));
const isWellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('importing a highlights file with a lone surrogate', () => {
  it('keeps every highlight, repairs the surrogate to U+FFFD, and exports valid Markdown', () => {
    const data = exported();
    const quote = data.first.items[0].target.selector[0];
    quote.exact = `${quote.exact} \uD83D`; // The first half of an emoji, its second half cut off.
    data.first.items[1].target['sidelight:page'].title = 'Late \uDE00penalty';
    const parsed = parseWebAnnotations(JSON.stringify(data));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.highlights).toHaveLength(highlights.length);
    expect(parsed.highlights[0]!.quote.exact).toBe(`${highlights[0]!.quote.exact} \uFFFD`);
    expect(parsed.highlights[1]!.page.title).toBe('Late \uFFFDpenalty');
    expect(parsed.highlights.slice(2)).toEqual(highlights.slice(2));
    const files = toMarkdown(parsed.highlights, 'source');
    expect(files).toHaveLength(2);
    for (const f of files) expect(isWellFormed(f.content) && isWellFormed(f.name)).toBe(true);
    const leaked = files.find((f) => f.name.startsWith('Leaked calls'))!;
    expect(leaked.content).toContain('to Trump \uFFFD');
    expect(leaked.content).toContain('%EF%BF%BD'); // The passage link, encoded.
  });

  it('exports highlights stored before the repair without throwing', () => {
    const stored = { ...highlights[0]!, quote: { ...highlights[0]!.quote, exact: 'a \uDC00 b' } };
    const [file] = toMarkdown([stored], 'source');
    expect(file!.content).toContain('> a \uFFFD b');
    expect(file!.content).toContain(',a%20%EF%BF%BD%20b>)');
    expect(isWellFormed(file!.content)).toBe(true);
  });
});

describe('the bounds on an imported highlights file', () => {
  it(`rejects a file of more than ${MAX_IMPORT_CHARS.toLocaleString('en')} characters before parsing it`, () => {
    const huge = ' '.repeat(MAX_IMPORT_CHARS + 1); // A rope in V8: cheap until something reads it.
    expect(parseWebAnnotations(huge)).toEqual({ ok: false, error: '(file): longer than 200,000,000 characters' });
  });

  it(`rejects more than ${MAX_IMPORT_HIGHLIGHTS.toLocaleString('en')} highlights whole, naming the field`, () => {
    const data = exported();
    data.first.items = new Array(MAX_IMPORT_HIGHLIGHTS + 1).fill(0); // Counted before any item is read.
    data.total = data.first.items.length;
    expect(parseWebAnnotations(JSON.stringify(data))).toEqual({
      ok: false,
      error: 'first.items: more than 100,000 highlights',
    });
  });

  it('rejects a field over its bound whole, naming the field and the bound', () => {
    const data = exported();
    data.first.items[2].target['sidelight:page'].outlet = 'x'.repeat(301);
    expect(parseWebAnnotations(JSON.stringify(data))).toEqual({
      ok: false,
      error: 'first.items[2] → page.outlet: longer than 300 characters',
    });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCslJson, toRis } from '@/utils/export/citations';
import { toCsv } from '@/utils/export/csv';
import { toMarkdown } from '@/utils/export/markdown';
import { toWebAnnotations } from '@/utils/export/web-annotation';
import type { Highlight } from '@/utils/highlights/types';

// Each exporter against a fixture file reviewed by hand; a change of output shows up as a diff of that file.
const FIX = 'tests/fixtures/highlights';
const highlights = JSON.parse(readFileSync(`${FIX}/highlights.json`, 'utf8')) as Highlight[];

describe('exporters', () => {
  it('Markdown: one file per story, sources as headings, quotes as block quotes, text-fragment links', async () => {
    // In the order the highlights were saved: the Late penalty one was saved first.
    const files = toMarkdown(highlights, 'story', { 'witkoff-leak': 'The Witkoff leak' });
    expect(files.map((f) => f.name)).toEqual(['Late penalty gives Harbour Town a 2-1 win.md', 'The Witkoff leak.md']);
    const story = files[1]!;
    await expect(story.content).toMatchFileSnapshot(`../../fixtures/highlights/export-story.md`);
    const bySource = toMarkdown(highlights, 'source');
    expect(bySource.map((f) => f.name)).toEqual([
      'Late penalty gives Harbour Town a 2-1 win.md',
      'Leaked calls reveal Trump aide’s Kremlin advice.md',
    ]);
    // A page's note carries the page's own properties: address, site, author, date, language, story, tags.
    await expect(bySource[1]!.content).toMatchFileSnapshot(`../../fixtures/highlights/export-page.md`);
    expect(story.content).toContain('> Witkoff advised the Kremlin aide');
    expect(story.content).toContain('leaked-calls.html#:~:text=to%20the%20transcript%2C-,Witkoff');
  });

  it('Markdown: an address that is not a web address (an imported one) is never made a link', () => {
    const [h] = highlights;
    const hostile = {
      ...h!,
      canonicalUrl: 'javascript:alert(1)',
      links: [{ ...h!.links[0]!, url: 'data:text/html,<b>x</b>' }],
    };
    const [file] = toMarkdown([hostile], 'story');
    expect(file!.content).not.toContain('javascript:');
    expect(file!.content).not.toContain('data:');
    expect(file!.content).not.toContain('Open at the passage');
    expect(file!.content).toContain(h!.links[0]!.outlet);
  });

  it('CSV: quoted cells, formula-like cells neutralised', async () => {
    const csv = toCsv(highlights);
    expect(csv).toContain(`"'=SUM(A1) is not a formula here"`.replace(/"/g, ''));
    await expect(csv).toMatchFileSnapshot(`../../fixtures/highlights/export.csv`);
  });

  it('Web Annotation JSON-LD: an AnnotationCollection with quote and code-point position selectors', async () => {
    const json = toWebAnnotations(highlights);
    const data = JSON.parse(json);
    expect(data.type).toBe('AnnotationCollection');
    expect(data.first.items[0].target.selector).toContainEqual({
      type: 'TextPositionSelector',
      start: 1204,
      end: 1270,
    });
    expect(data.first.items.map((a: { motivation: string }) => a.motivation)).toEqual([
      'linking',
      'highlighting',
      'commenting',
    ]);
    await expect(json).toMatchFileSnapshot(`../../fixtures/highlights/export.jsonld`);
  });

  it('CSL-JSON and RIS: one reference per source article', async () => {
    const csl = JSON.parse(toCslJson(highlights));
    expect(csl).toHaveLength(2);
    expect(csl[1]).toMatchObject({
      type: 'article-newspaper',
      author: [{ literal: 'Jane Roe' }, { literal: 'John Doe' }],
      issued: { 'date-parts': [[2025, 11, 26]] },
    });
    expect(csl[0]).not.toHaveProperty('language'); // The page gave none.
    await expect(toCslJson(highlights)).toMatchFileSnapshot(`../../fixtures/highlights/export.csl.json`);
    await expect(toRis(highlights)).toMatchFileSnapshot(`../../fixtures/highlights/export.ris`);
  });

  it('CSL-JSON and RIS: highlighted passages as notes, tags as keywords, the language where the page gives it', () => {
    const [first, second] = highlights;
    const csl = JSON.parse(toCslJson(highlights));
    expect(csl[1]).toMatchObject({
      language: 'en',
      keyword: first!.tags.join(', '),
      note: `${first!.quote.exact}\n\n${second!.quote.exact}`,
    });
    const ris = toRis(highlights).split('\r\n\r\n')[1]!.split('\r\n').filter(Boolean);
    expect(ris).toContain('LA  - en');
    expect(ris.filter((l) => l.startsWith('KW  - '))).toEqual(first!.tags.map((t) => `KW  - ${t}`));
    expect(ris.filter((l) => l.startsWith('N1  - '))).toHaveLength(2);
    expect(ris.at(-1)).toBe('ER  - ');
    expect(ris.every((l) => /^[A-Z][A-Z0-9] {2}- /.test(l))).toBe(true);
  });
});

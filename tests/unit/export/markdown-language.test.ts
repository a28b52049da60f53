import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { markdownWords } from '@/components/library/exports';
import { toMarkdown } from '@/utils/export/markdown';
import type { Highlight } from '@/utils/highlights/types';
import { substitute, type Catalog } from '@/utils/i18n/messages';

// A Markdown note's own words (its link to the passage, each other outlet's passage, the day it was saved) are
// the reader's; the quotes, titles and outlets are the pages' own. In English, byte for byte what they were.

const highlights = JSON.parse(readFileSync('tests/fixtures/highlights/highlights.json', 'utf8')) as Highlight[];

function browserIn(lang: string) {
  const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Catalog;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
    substitute(messages[key]?.message ?? '', subs)) as typeof fakeBrowser.i18n.getMessage);
}
afterEach(() => vi.restoreAllMocks());

const notes = () =>
  toMarkdown(highlights, 'source', {}, markdownWords())
    .map((f) => f.content)
    .join('\n');

describe('a Markdown note in the reader’s language', () => {
  it('writes its own words in English exactly as the exporter does', () => {
    browserIn('en');
    expect(notes()).toBe(
      toMarkdown(highlights, 'source')
        .map((f) => f.content)
        .join('\n'),
    );
    expect(notes()).toContain('[Open at the passage](<https://');
    expect(notes()).toContain('- probably differs in UNIAN: ');
    expect(notes()).toMatch(/^\*Saved 2025-\d\d-\d\d\*$/m);
  });

  it('writes them in Ukrainian and German', () => {
    browserIn('uk');
    expect(notes()).toContain('[Відкрити на уривку](<https://');
    expect(notes()).toContain('- імовірно, інакше — UNIAN: ');
    expect(notes()).toMatch(/^\*Збережено 2025-\d\d-\d\d\*$/m);
    browserIn('de');
    expect(notes()).toContain('[An der Stelle öffnen](<https://');
    expect(notes()).toContain('- wahrscheinlich anders bei UNIAN: ');
    expect(notes()).toMatch(/^\*Gespeichert am 2025-\d\d-\d\d\*$/m);
  });
});

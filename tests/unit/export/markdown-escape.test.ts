import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toMarkdown, type MarkdownFile } from '@/utils/export/markdown';
import { escapeInline, escapeLineStart, oneLine, tagText } from '@/utils/export/markdown-escape';
import type { Highlight } from '@/utils/highlights/types';

// Titles, outlets and authors come from other people's pages and from imported files: the Markdown export
// writes them as text. Escaped, each character with a meaning in Markdown or HTML is preceded by a backslash,
// which CommonMark (and Obsidian, GitHub) render as the character itself.

const [h] = JSON.parse(readFileSync('tests/fixtures/highlights/highlights.json', 'utf8')) as Highlight[];
const HOSTILE = '<img src=x onerror=alert(1)> [x](javascript:alert(1)) # *';
const ESCAPED = '\\<img src=x onerror=alert(1)\\> \\[x\\](javascript:alert(1)) \\# \\*';

/** The text with every backslash escape removed: what is left has no unescaped markup characters. */
const unescaped = (s: string) => s.replace(/\\[\s\S]/g, '');

describe('Markdown export of text from pages and imports', () => {
  const hostile: Highlight = {
    ...h!,
    page: { ...h!.page, title: HOSTILE, outlet: `- ${HOSTILE}`, author: `1. **Jane**\n# Roe &lt;b&gt;` },
    links: [{ ...h!.links[0]!, outlet: HOSTILE, text: `${HOSTILE}\nsecond line` }],
    quote: { ...h!.quote, exact: `${HOSTILE}\n- a list?\n> a quote?` },
    tags: ['ok-tag', 'x](javascript:alert(1)'],
  };
  // The Markdown after the YAML front matter, whose quoting is YAML's (markdown-front-matter.test.ts).
  const body = (file: MarkdownFile): MarkdownFile => {
    const start = file.content.indexOf('\n---\n\n');
    if (!file.content.startsWith('---\n') || start < 0) throw new Error(`no front matter in ${file.name}`);
    return { ...file, content: file.content.slice(start + '\n---\n\n'.length) };
  };
  const bySource = body(toMarkdown([hostile], 'source')[0]!);
  const byStory = body(toMarkdown([hostile], 'story', { 'witkoff-leak': HOSTILE })[0]!);
  const lines = bySource.content.split('\n');

  it('writes a hostile title as inert text: no HTML, no link, no heading or emphasis', () => {
    expect(lines[0]).toBe(`# ${ESCAPED}`);
    expect(lines[2]).toBe(`## [${ESCAPED}](<https://www.capitalpost.example/politics/leaked-calls.html>)`);
    expect(byStory.content.split('\n')[0]).toBe(`# ${ESCAPED}`);
  });

  it('writes outlets and authors on one line, escaped, with no list or heading at its start', () => {
    expect(lines[4]).toBe(`\\- ${ESCAPED} · 1. \\*\\*Jane\\*\\* \\# Roe \\&lt;b\\&gt; · 2025-11-26`);
    expect(bySource.content).toContain(`- probably differs in ${ESCAPED}: [${ESCAPED} second line](<https://`);
  });

  it('quotes the passage line by line, each line text', () => {
    expect(bySource.content).toContain(`> ${ESCAPED}\n> \\- a list?\n> \\> a quote?\n`);
  });

  it('keeps tags to the characters a tag may hold', () => {
    expect(bySource.content).toContain('#ok-tag #x--javascript-alert-1-');
  });

  it('leaves no markup character unescaped in the text it was given', () => {
    for (const file of [bySource, byStory]) {
      // The export's own markup: headings, the source link, quote markers, the passage links, the date.
      const own = file.content
        .replace(/^#{1,2} /gm, '')
        .replace(/\]\(<https:[^>]*>\)/g, '')
        .replace(/^> /gm, '')
        .replace(/^- probably differs in /gm, '')
        .replace(/\*Saved [\d-]+\*/g, '')
        .replace(/#(ok-tag|x--javascript-alert-1-)/g, '');
      expect(unescaped(own)).not.toMatch(/[<>*_`|~#]/);
    }
  });
});

describe('the escaping helpers', () => {
  it('leave ordinary text as it is', () => {
    const text = 'Witkoff’s “plan”: 2.5% of U.S. GDP (a guess) — by Jane Roe, 2025-11-26!';
    expect(escapeInline(text)).toBe(text);
    expect(escapeLineStart(oneLine(text))).toBe(text);
    expect(escapeLineStart('=SUM(A1) is not a formula here')).toBe('=SUM(A1) is not a formula here');
  });

  it('escape block starts only at the start of a line', () => {
    expect(['- a', '+ a', '---', '==', '12. a', '3) a', '-a', '12.5 a'].map(escapeLineStart)).toEqual([
      '\\- a',
      '\\+ a',
      '\\---',
      '\\==',
      '12\\. a',
      '3\\) a',
      '-a',
      '12.5 a',
    ]);
  });

  it('collapse line breaks, so a field cannot start a block of its own', () => {
    expect(oneLine('Title\n\n# <script>x</script>\n')).toBe('Title \\# \\<script\\>x\\</script\\>');
  });

  it('make tags tags', () => {
    expect(tagText('news/politics_2025')).toBe('news/politics_2025');
    expect(tagText('a b[c]')).toBe('a-b-c-');
  });
});

import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toMarkdown, type MarkdownFile } from '@/utils/export/markdown';
import { highlightMarkdownId, pageMarkdownId, storyMarkdownId } from '@/utils/export/stable-id';
import { toZip } from '@/utils/export/zip';
import type { Highlight } from '@/utils/highlights/types';

// Issue 20: Markdown notes a note app can keep. Each note has YAML front matter that a YAML parser reads back as
// the page said it, whatever the page's title holds; each highlight has an id made from its own id. Exporting the
// same highlights gives the same bytes, and exporting again after a change rewrites the same notes (Obsidian and
// Readwise-style syncs update a note by its file and ids), never a second copy.

const highlights = JSON.parse(readFileSync('tests/fixtures/highlights/highlights.json', 'utf8')) as Highlight[];
const [first, second, third] = highlights as [Highlight, Highlight, Highlight];

/** The front matter of a note, read by a YAML parser, and the Markdown after it. */
function split(file: MarkdownFile): { props: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n\n/.exec(file.content);
  if (!m) throw new Error(`no front matter in ${file.name}`);
  return { props: parse(m[1]!) as Record<string, unknown>, body: file.content.slice(m[0].length) };
}
const named = (files: MarkdownFile[], name: string) => files.find((f) => f.name === name)!;
/** The highlight ids (`^hl-…`) a note's body holds, each on a line of its own. */
const blockIds = (file: MarkdownFile) => split(file).body.match(/^\^hl-[0-9a-f]{16}$/gm) ?? [];

describe('front matter', () => {
  it('gives a page’s note the page’s properties and a sidelight_id from its address', () => {
    const note = named(toMarkdown(highlights, 'source'), 'Leaked calls reveal Trump aide’s Kremlin advice.md');
    expect(split(note).props).toEqual({
      title: 'Leaked calls reveal Trump aide’s Kremlin advice',
      url: first.canonicalUrl,
      site: 'Capital Post',
      author: 'Jane Roe and John Doe',
      date: '2025-11-26',
      language: 'en',
      story: 'witkoff-leak',
      tags: ['leak', 'diplomacy'],
      sidelight_id: pageMarkdownId(first.canonicalUrl),
    });
    expect(note.content).toContain('\ndate: 2025-11-26\n'); // A date, not text, for a note app's date fields.
  });

  it('gives a story’s note its title, story id, page addresses, tags and a sidelight_id from the story', () => {
    const note = named(toMarkdown(highlights, 'story', { 'witkoff-leak': 'The leak' }), 'The leak.md');
    expect(split(note).props).toEqual({
      title: 'The leak',
      story: 'witkoff-leak',
      sources: [first.canonicalUrl],
      tags: ['leak', 'diplomacy'],
      sidelight_id: storyMarkdownId('witkoff-leak'),
    });
  });

  it('reads back a hostile title, author and tag exactly, and nothing in them ends the front matter', () => {
    const hostile = [
      'Breaking: "Live" — it\'s #1',
      '---',
      'title: injected',
      '- [a, b] {c: d} & *alias !!str %TAG @x `y` | > ?',
      'tab\there, NUL\0, DEL\x7f, NEL\u0085, LS\u2028, PS\u2029, BOM\ufeff, C1\x9b, \\n not a break',
      '...',
      "'single' 🕊️ end",
    ].join('\n');
    const h: Highlight = {
      ...first,
      page: { ...first.page, title: hostile, author: `\n---\n${hostile}`, outlet: ': colon' },
      tags: ['ok', 'x: y'],
    };
    const [note] = toMarkdown([h], 'source');
    const { props, body } = split(note!);
    expect(props.title).toBe(hostile);
    expect(props.author).toBe(`\n---\n${hostile}`);
    expect(props.site).toBe(': colon');
    expect(props.tags).toEqual(['ok', 'x--y']); // As tags can be written in a note app, like the #tags below.
    // One key a line, the block closed once: only the delimiters are "---".
    const lines = note!.content.split('\n');
    expect(lines.filter((l) => l === '---')).toHaveLength(2);
    expect(lines.slice(1, lines.indexOf('---', 1)).every((l) => /^([a-z_]+:| {2}- ")/.test(l))).toBe(true);
    expect(body.startsWith('# Breaking: "Live" — it\'s \\#1 --- title: injected')).toBe(true);
  });

  it('writes a date the page gave that is not on the calendar as text, and a non-web address not at all', () => {
    const odd: Highlight = {
      ...first,
      canonicalUrl: 'javascript:alert(1)',
      page: { ...first.page, published: '2025-02-30' },
    };
    const [note] = toMarkdown([odd], 'source');
    const { props } = split(note!);
    expect(props.date).toBe('2025-02-30');
    expect(note!.content).toContain('date: "2025-02-30"');
    expect(props).not.toHaveProperty('url');
    expect(note!.content).not.toContain('javascript:');
  });
});

describe('stable ids and stable files', () => {
  it('gives each highlight an id from its own id, on a line of its own under its quote', () => {
    const note = named(toMarkdown(highlights, 'source'), 'Leaked calls reveal Trump aide’s Kremlin advice.md');
    expect(blockIds(note)).toEqual([`^${highlightMarkdownId(first.id)}`, `^${highlightMarkdownId(second.id)}`]);
    expect(note.content).toContain(`> Witkoff advised the Kremlin aide how to pitch the plan 🕊️ to Trump\n\n^hl-`);
    // The id is the highlight's: not its place, its time or its text.
    const moved = { ...first, created: 1, updated: 2, quote: { ...first.quote, exact: 'Edited' } };
    expect(blockIds(toMarkdown([moved], 'source')[0]!)).toEqual([`^${highlightMarkdownId(first.id)}`]);
    expect(highlightMarkdownId('a')).not.toBe(highlightMarkdownId('b'));
    expect(highlightMarkdownId(first.id)).toMatch(/^hl-[0-9a-f]{16}$/);
  });

  it('makes the same bytes from the same highlights, in any order, as notes and as a zip', () => {
    for (const by of ['story', 'source'] as const) {
      const a = toMarkdown(highlights, by, { 'witkoff-leak': 'The leak' });
      const b = toMarkdown([...highlights].reverse(), by, { 'witkoff-leak': 'The leak' });
      expect(b).toEqual(a);
      expect(Buffer.from(toZip(b)).equals(Buffer.from(toZip(a)))).toBe(true);
    }
  });

  it('rewrites the same notes on a re-export after a change: same files, same ids, one more highlight', () => {
    const before = toMarkdown(highlights, 'source');
    const added: Highlight = {
      ...second,
      id: 'added-later',
      quote: { exact: 'A passage saved a week later', prefix: '', suffix: '' },
      created: second.created + 7 * 86_400_000,
      updated: second.created + 7 * 86_400_000,
    };
    const edited: Highlight = { ...third, comment: 'Edited since', updated: third.updated + 1 };
    const after = toMarkdown([...highlights.filter((h) => h !== third), edited, added], 'source');
    expect(after.map((f) => f.name)).toEqual(before.map((f) => f.name));
    for (const [i, file] of after.entries()) {
      const { props } = split(file);
      expect(props.sidelight_id).toBe(split(before[i]!).props.sidelight_id);
      expect(blockIds(file)).toEqual(expect.arrayContaining(blockIds(before[i]!)));
    }
    const leaked = named(after, 'Leaked calls reveal Trump aide’s Kremlin advice.md');
    expect(blockIds(leaked)).toEqual([
      `^${highlightMarkdownId(first.id)}`,
      `^${highlightMarkdownId(second.id)}`,
      `^${highlightMarkdownId('added-later')}`,
    ]);
    expect(named(after, 'Late penalty gives Harbour Town a 2-1 win.md').content).toContain('Edited since');
    // A new page adds its own note and leaves the others' bytes as they were.
    const other: Highlight = {
      ...added,
      id: 'other-page',
      canonicalUrl: 'https://example.org/b',
      page: { title: 'B' },
    };
    const more = toMarkdown([...highlights, other], 'source');
    expect(more.map((f) => f.name)).toEqual([...before.map((f) => f.name), 'B.md']);
    expect(more.slice(0, before.length)).toEqual(before);
  });
});

describe('the zip', () => {
  it('holds each note under its name, with its text and its newest change as its date', () => {
    const notes = toMarkdown(highlights, 'source');
    const zip = toZip(notes);
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual(notes.map((f) => f.name));
    for (const f of notes) expect(strFromU8(entries[f.name]!)).toBe(f.content);
    // The local header's DOS date and time of the first file: when its highlight last changed, in UTC.
    const view = new DataView(zip.buffer, zip.byteOffset);
    const [time, date] = [view.getUint16(10, true), view.getUint16(12, true)];
    const written = [(date >> 9) + 1980, (date >> 5) & 15, date & 31, time >> 11, (time >> 5) & 63];
    const changed = new Date(third.updated);
    expect(written).toEqual([
      changed.getUTCFullYear(),
      changed.getUTCMonth() + 1,
      changed.getUTCDate(),
      changed.getUTCHours(),
      changed.getUTCMinutes(),
    ]);
    expect(written).toEqual([2025, 11, 24, 16, 0]);
  });

  it('does not depend on the machine’s time zone', () => {
    const notes = toMarkdown(highlights, 'source');
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati'; // UTC+14
      const east = toZip(notes);
      process.env.TZ = 'Pacific/Pago_Pago'; // UTC−11
      const west = toZip(notes);
      expect(Buffer.from(east).equals(Buffer.from(west))).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

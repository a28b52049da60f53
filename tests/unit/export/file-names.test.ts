import { describe, expect, it } from 'vitest';
import { fileName, uniqueNames } from '@/utils/export/file-names';
import { toMarkdown } from '@/utils/export/markdown';
import { sample } from '../store/helpers';

// Issue 20: exported notes are named after their pages' titles, which come from other people's pages. A name
// must not be hidden (".x"), read as an option ("-rf"), start with punctuation, hold a character some system
// refuses, be a Windows device, be longer than a file system allows, or be the name of another note in the export.

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('file names', () => {
  it('start with a letter, a digit or an emoji', () => {
    expect(
      ['.hidden', '-rf /', '...And then', '“Quoted” title', '— Live: updates', '#1 story', '[x] y', '  2 ways'].map(
        fileName,
      ),
    ).toEqual(['hidden', 'rf', 'And then', 'Quoted” title', 'Live updates', '1 story', 'x y', '2 ways']);
    expect(fileName('¿Qué pasó?')).toBe('Qué pasó');
    expect(fileName('Ωmega')).toBe('Ωmega');
    expect(fileName('🕊️ Peace talks')).toBe('🕊️ Peace talks'); // An emoji is not punctuation.
  });

  it('hold no reserved or control character, no trailing dot, and no Windows device name', () => {
    expect(fileName('a/b\\c:d*e?f"g<h>i|j#k^l[m]n')).toBe('a b c d e f g h i j k l m n');
    expect(fileName('Line one\nline two\t\x7f\x85end')).toBe('Line one line two end');
    expect(fileName('Ends with dots...')).toBe('Ends with dots');
    expect(['CON', 'nul', 'Com1', 'LPT9'].map(fileName)).toEqual([
      'CON (page)',
      'nul (page)',
      'Com1 (page)',
      'LPT9 (page)',
    ]);
    expect(fileName('Console')).toBe('Console');
    expect(['', '...', '???', '\n'].map(fileName)).toEqual(['Untitled', 'Untitled', 'Untitled', 'Untitled']);
  });

  it('are at most 100 characters and 200 bytes of UTF-8, never cutting a character in half', () => {
    expect(fileName('x'.repeat(300))).toHaveLength(100);
    const cjk = fileName('漢'.repeat(100));
    expect(bytes(cjk)).toBeLessThanOrEqual(200);
    expect(cjk).toBe('漢'.repeat(66));
    const emoji = fileName('🕊'.repeat(100));
    expect(bytes(emoji)).toBeLessThanOrEqual(200);
    expect(emoji).toBe('🕊'.repeat(50));
  });

  it('are unique in one export, ignoring case; the first keeps its name', () => {
    expect(uniqueNames(['Live', 'live', 'Other', 'LIVE', 'Live (2)'])).toEqual([
      'Live',
      'live (2)',
      'Other',
      'LIVE (3)',
      'Live (2) (2)',
    ]);
  });

  it('name the notes of pages that share a title apart, in the order they were saved', () => {
    const pages = [1, 2, 3].map((n) => sample(n, { page: { title: '.Live updates' } }));
    expect(toMarkdown(pages, 'source').map((f) => f.name)).toEqual([
      'Live updates.md',
      'Live updates (2).md',
      'Live updates (3).md',
    ]);
  });
});

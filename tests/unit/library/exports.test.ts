// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, it, vi } from 'vitest';
import { runExport } from '@/components/library/exports';
import { download } from '@/utils/dom/download';
import type { Highlight } from '@/utils/highlights/types';

vi.mock('@/utils/dom/download', () => ({ download: vi.fn() }));

const highlights = JSON.parse(readFileSync('tests/fixtures/highlights/highlights.json', 'utf8')) as Highlight[];

/** The one download the last export made: its name, type and the files in its zip, as text. */
function lastZip() {
  expect(vi.mocked(download)).toHaveBeenCalledTimes(1);
  const [name, bytes, type] = vi.mocked(download).mock.calls[0]!;
  vi.mocked(download).mockClear();
  const files = Object.entries(unzipSync(bytes as Uint8Array)).map(([n, b]) => [n, strFromU8(b)] as const);
  return { name, type, files: new Map(files) };
}

it('exports Markdown as one zip, a story’s note named and headed after its title, or its id when no title is known', () => {
  runExport('markdown-story', highlights, new Map([['witkoff-leak', 'Who leaked the Witkoff–Ushakov calls']]));
  const titled = lastZip();
  expect(titled.name).toMatch(/^sidelight-notes-by-story-\d{4}-\d{2}-\d{2}\.zip$/);
  expect(titled.type).toBe('application/zip');
  expect([...titled.files.keys()]).toEqual([
    'Late penalty gives Harbour Town a 2-1 win.md',
    'Who leaked the Witkoff–Ushakov calls.md',
  ]);
  expect(titled.files.get('Who leaked the Witkoff–Ushakov calls.md')).toMatch(
    /^---\ntitle: "Who leaked the Witkoff–Ushakov calls"\n[\s\S]*\n---\n\n# Who leaked the Witkoff–Ushakov calls\n/,
  );

  runExport('markdown-story', highlights, new Map());
  const untitled = lastZip();
  expect(untitled.files.get('witkoff-leak.md')).toMatch(/\n---\n\n# witkoff-leak\n/);
});

it('exports one note per page in one zip', () => {
  runExport('markdown-source', highlights, new Map());
  const { name, files } = lastZip();
  expect(name).toMatch(/^sidelight-notes-by-page-\d{4}-\d{2}-\d{2}\.zip$/);
  expect([...files.keys()]).toEqual([
    'Late penalty gives Harbour Town a 2-1 win.md',
    'Leaked calls reveal Trump aide’s Kremlin advice.md',
  ]);
  expect(files.get('Leaked calls reveal Trump aide’s Kremlin advice.md')).toContain(
    'url: "https://www.capitalpost.example/politics/leaked-calls.html"',
  );
});

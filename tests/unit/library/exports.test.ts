// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { expect, it, vi } from 'vitest';
import { runExport } from '@/components/library/exports';
import { download } from '@/utils/dom/download';
import type { Highlight } from '@/utils/highlights/types';

vi.mock('@/utils/dom/download', () => ({ download: vi.fn() }));

const highlights = JSON.parse(readFileSync('tests/fixtures/highlights/highlights.json', 'utf8')) as Highlight[];

it('names a story’s Markdown file and heading after its title, and after its id when no title is known', () => {
  runExport('markdown-story', highlights, new Map([['witkoff-leak', 'Who leaked the Witkoff–Ushakov calls']]));
  const [name, content] = vi.mocked(download).mock.calls[0]!;
  expect(name).toBe('Who leaked the Witkoff–Ushakov calls.md');
  expect(content).toMatch(/^# Who leaked the Witkoff–Ushakov calls\n/);

  vi.mocked(download).mockClear();
  runExport('markdown-story', highlights, new Map());
  const [idName, idContent] = vi.mocked(download).mock.calls[0]!;
  expect(idName).toBe('witkoff-leak.md');
  expect(idContent).toMatch(/^# witkoff-leak\n/);
});

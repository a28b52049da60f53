import fs, { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_ARTICLE_CHARS } from '@/utils/limits';
import { asCliError, CliError } from '../../../scripts/cli/cli-error';
import { main } from '../../../scripts/cli/main';

// Every way a path given to the CLI can be wrong is one line on stderr naming the path, never a stack, and a
// failed run leaves no output file (or the earlier one) behind. In-process: main is what index.ts runs.

/** The CLI in-process: the exit code and what it wrote. */
function run(...args: string[]) {
  const out = { stdout: '', stderr: '' };
  const status = main(args, { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t) });
  return { status, ...out };
}

/** A failed run: exit code 2, nothing on stdout, and exactly one line on stderr, returned. */
function failure(...args: string[]): string {
  const r = run(...args);
  expect({ status: r.status, stdout: r.stdout, lines: r.stderr.split('\n').length }).toEqual({
    status: 2,
    stdout: '',
    lines: 2,
  });
  return r.stderr;
}

const paragraph =
  'Comet Halvorsen gained almost two magnitudes in three weeks, astronomers at Kyiv University said. ' +
  'The nucleus is estimated to be between two and four kilometres across.';
// The start of a PNG file: its signature (with a NUL-free first line) and the IHDR chunk, which holds NUL bytes.
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

let dir: string;
let articles: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sidelight-cli-'));
  articles = join(dir, 'articles');
  mkdirSync(articles);
  writeFileSync(join(articles, 'a.txt'), paragraph);
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('CLI errors are one line', () => {
  it('a folder named like a text file, as align input or among the articles', () => {
    const folder = join(dir, 'x.txt');
    mkdirSync(folder);
    expect(failure('align', folder)).toBe(`sidelight: ${folder}: not a file (a folder?)\n`);
    mkdirSync(join(articles, 'b.txt'));
    expect(failure('pack', 'build', articles, '-o', join(dir, 'p.json'))).toBe(
      `sidelight: ${join(articles, 'b.txt')}: not a file (a folder?)\n`,
    );
  });

  it('-o naming a folder, or a file in a folder that does not exist, before any article is read', () => {
    const read = vi.spyOn(fs, 'readFileSync');
    expect(failure('pack', 'build', articles, '-o', dir)).toBe(
      `sidelight: ${dir}: is a folder; give a file name to write\n`,
    );
    const lost = join(dir, 'missing', 'p.json');
    expect(failure('pack', 'build', articles, '-o', lost)).toBe(
      `sidelight: ${lost}: no such folder ${join(dir, 'missing')}\n`,
    );
    expect(read).not.toHaveBeenCalled();
  });

  it('--pack naming a folder', () => {
    expect(failure('align', '--pack', articles, join(articles, 'a.txt'))).toBe(
      `sidelight: ${articles}: not a file (a folder?)\n`,
    );
  });

  it('binary input: a PNG (NUL bytes) or bytes that are not UTF-8', () => {
    const png = join(dir, 'picture.txt');
    writeFileSync(png, PNG);
    expect(failure('align', png)).toBe(`sidelight: ${png}: not a text file (binary, or not UTF-8)\n`);
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Caf\xe9 owners met.', 'latin1'));
    expect(failure('align', latin1)).toBe(`sidelight: ${latin1}: not a text file (binary, or not UTF-8)\n`);
    writeFileSync(join(articles, 'b.html'), PNG);
    expect(failure('pack', 'build', articles, '-o', join(dir, 'p.json'))).toBe(
      `sidelight: ${join(articles, 'b.html')}: not a text file (binary, or not UTF-8)\n`,
    );
    const pack = join(dir, 'pack.json');
    writeFileSync(pack, PNG);
    expect(failure('align', '--pack', pack, join(articles, 'a.txt'))).toBe(
      `sidelight: ${pack}: not a text file (binary, or not UTF-8)\n`,
    );
  });

  it('an article over the length bound, as align input or in a pack', () => {
    const long = join(dir, 'long.txt');
    writeFileSync(long, `${paragraph} `.repeat(Math.ceil(MAX_ARTICLE_CHARS / paragraph.length)));
    expect(failure('align', long)).toBe(`sidelight: ${long}: longer than 500,000 characters\n`);
    writeFileSync(join(articles, 'b.txt'), readFileSync(long));
    expect(failure('pack', 'build', articles, '-o', join(dir, 'p.json'))).toBe(
      `sidelight: ${join(articles, 'b.txt')}: the article text is longer than 500,000 characters\n`,
    );
  });

  it('any other error: one line, exit code 1 for an internal error, no stack', () => {
    vi.spyOn(fs, 'readdirSync').mockImplementation(() => {
      throw new TypeError('boom\nsecond line');
    });
    const r = run('pack', 'build', articles, '-o', join(dir, 'p.json'));
    expect(r).toEqual({
      status: 1,
      stdout: '',
      stderr: 'sidelight: internal error: boom (SIDELIGHT_DEBUG=1 shows the stack)\n',
    });
    const denied = Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES', path: '/x' });
    expect(asCliError(denied)).toEqual(new CliError('/x: permission denied'));
  });
});

describe('pack build writes its output whole or not at all', () => {
  const out = () => join(dir, 'pack.json');
  const leftovers = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

  it('a success leaves the pack and no temporary file', () => {
    expect(run('pack', 'build', articles, '-o', out()).status).toBe(0);
    expect(JSON.parse(readFileSync(out(), 'utf8')).articles).toHaveLength(1);
    expect(leftovers()).toEqual([]);
  });

  it('a write that fails half-way leaves the earlier file as it was, and says so in one line', () => {
    writeFileSync(out(), 'the earlier pack');
    const write = fs.writeFileSync;
    vi.spyOn(fs, 'writeFileSync').mockImplementation((file, data) => {
      write(file, String(data).slice(0, 10)); // Half the pack, then the disk is full.
      throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC', path: String(file) });
    });
    expect(failure('pack', 'build', articles, '-o', out())).toBe(
      `sidelight: ${out()}: not written: no space left on the device\n`,
    );
    expect(readFileSync(out(), 'utf8')).toBe('the earlier pack');
    expect(leftovers()).toEqual([]);
  });

  it('a build that fails writes nothing', () => {
    writeFileSync(join(articles, 'b.txt'), '   ');
    failure('pack', 'build', articles, '-o', out());
    expect(readdirSync(dir)).toEqual(['articles']);
  });
});

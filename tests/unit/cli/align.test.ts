import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlignResult } from '@/utils/engine/types';
import { CliError } from '../../../scripts/cli/cli-error';
import { main, runCli } from '../../../scripts/cli/main';

// The CLI as a researcher runs it: `npm run -s sidelight -- align [--pack FILE] [--json] FILE...` (here: tsx on
// the same entry). Starting it costs a second or more (tsx compiles the engine), so one success and one failure
// run as a process; the rest call the same code in-process (main: what index.ts writes and the exit code it sets).

/** Each spawn of the CLI through tsx takes over a second, several on a busy two-core machine. */
const SPAWN_TIMEOUT = 30_000;

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli/index.ts', ...args], { encoding: 'utf8' });

/** The CLI in-process: the exit code and what it wrote, as `cli` returns them. */
function run(...args: string[]) {
  const out = { stdout: '', stderr: '' };
  const status = main(args, { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t) });
  return { status, ...out };
}

const SEED = '../shared/seeds/000_5f6fa893fbc90bad.txt';
const pack = JSON.parse(readFileSync('public/stories/witkoff-leak.json', 'utf8')) as {
  articles: Array<{ id: string; outlet: string; text: string }>;
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sidelight-align-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('sidelight align', () => {
  it.skipIf(!existsSync(SEED))(
    `--json: seed 000 linked to 002 and 004, offsets slicing both texts (needs ${SEED})`,
    () => {
      const json = run('align', '--json', SEED);
      expect(json.status).toBe(0);
      const lines = json.stdout.trim().split('\n');
      expect(lines).toHaveLength(1);
      const result = JSON.parse(lines[0]!) as AlignResult;
      expect(result.story).toMatchObject({ id: 'witkoff-leak', detected: true });
      const input = readFileSync(SEED, 'utf8');
      const matched = new Set<string>();
      for (const c of result.claims) {
        expect(input.slice(c.start, c.end)).toBe(c.text);
        for (const m of c.matches) {
          const article = pack.articles.find((a) => a.id === m.articleId)!;
          expect(article.text.slice(m.start, m.end)).toBe(m.text);
          expect(typeof m.score).toBe('number');
          expect(Array.isArray(m.differences)).toBe(true);
          matched.add(m.articleId);
        }
      }
      expect([...matched].sort()).toEqual(['002_f24f5414ffbe457d', '004_bd9b67b97656ee16']);
      expect(result.claims.flatMap((c) => c.matches.flatMap((m) => m.differences)).length).toBeGreaterThan(0);
    },
  );

  it(
    'reads .html through the extraction and prints a readable report without --json, as a process',
    () => {
      const text = readFileSync('tests/fixtures/positives/wire-brief.txt', 'utf8')
        .trim()
        .split(/\n\s*\n/);
      const file = join(dir, 'brief.html');
      writeFileSync(
        file,
        `<html><head><title>${text[0]}</title></head><body><nav>Home · World</nav><article><h1>${text[0]}</h1>` +
          `${text
            .slice(1)
            .map((p) => `<p>${p}</p>`)
            .join('')}</article><footer>© Wire</footer></body></html>`,
      );
      const run = cli('align', file);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('Story: Who leaked the Witkoff–Ushakov calls (witkoff-leak)');
      expect(run.stdout).toContain('detected');
      expect(run.stdout).toMatch(/→ (Capital Post|Insider|UNIAN) \[same /);
      expect(run.stdout).toMatch(/\d+ of \d+ claims reported elsewhere\./);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'as a process, a missing file is one line on stderr and exit code 2',
    () => {
      const missing = cli('align', join(dir, 'nope.txt'));
      expect([missing.status, missing.stderr, missing.stdout]).toEqual([
        2,
        `sidelight: ${join(dir, 'nope.txt')}: no such file\n`,
        '',
      ]);
    },
    SPAWN_TIMEOUT,
  );

  it('says so, on stderr with exit code 2, for a missing file, a folder or a bad pack (naming the field)', () => {
    const missing = run('align', join(dir, 'nope.txt'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nope.txt: no such file');
    const folder = run('align', dir);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain(`${dir}: not a file`);
    const badPack = join(dir, 'bad.json');
    writeFileSync(badPack, JSON.stringify({ format: 'sidelight-story-pack', version: 1, story: { id: 'x' } }));
    const input = join(dir, 'a.txt');
    writeFileSync(input, 'Some text.');
    const bad = run('align', '--pack', badPack, input);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/invalid story pack: .*(story\.title|articles)/);
    expect(bad.stdout).toBe('');
    // The command itself throws what main reports: a CliError with the message and exit code 2.
    let error: unknown;
    try {
      runCli(['align', dir], { stdout() {}, stderr() {} });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    expect({ message: (error as CliError).message, exitCode: (error as CliError).exitCode }).toEqual({
      message: `${dir}: not a file (a folder?)`,
      exitCode: 2,
    });
  });

  it('without a command, or with an unknown one, prints the usage on stderr with exit code 2', () => {
    for (const args of [[], ['frobnicate']]) {
      const none = run(...args);
      expect(none.status).toBe(2);
      expect(none.stderr).toContain('usage: sidelight align');
      expect(none.stdout).toBe('');
    }
  });
});

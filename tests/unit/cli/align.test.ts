import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlignResult } from '@/utils/engine/types';

// The CLI as a researcher runs it: `npm run -s sidelight -- align [--pack FILE] [--json] FILE...` (here: tsx on
// the same entry).

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli/index.ts', ...args], { encoding: 'utf8' });

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
      const run = cli('align', '--json', SEED);
      expect(run.status).toBe(0);
      const lines = run.stdout.trim().split('\n');
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

  it('reads .html through the extraction and prints a readable report without --json', () => {
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
  });

  it('says so, on stderr with exit code 2, for a missing file, a folder or a bad pack (naming the field)', () => {
    const missing = cli('align', join(dir, 'nope.txt'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nope.txt: no such file');
    const folder = cli('align', dir);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain(`${dir}: not a file`);
    const badPack = join(dir, 'bad.json');
    writeFileSync(badPack, JSON.stringify({ format: 'sidelight-story-pack', version: 1, story: { id: 'x' } }));
    const input = join(dir, 'a.txt');
    writeFileSync(input, 'Some text.');
    const bad = cli('align', '--pack', badPack, input);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/invalid story pack: .*(story\.title|articles)/);
    expect(bad.stdout).toBe('');
  });
});

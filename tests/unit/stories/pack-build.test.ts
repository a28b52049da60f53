import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseStoryPack } from '@/utils/pack/parse';
import { CliError } from '../../../scripts/cli/cli-error';
import { main } from '../../../scripts/cli/main';
import { PACK_USAGE, runPack } from '../../../scripts/cli/pack-build';

// The CLI as a person runs it: `npm run -s sidelight -- pack build DIR -o FILE` (here: tsx on the same entry).
// Starting it costs a second or more (tsx compiles the engine), so one success and one failure run as a process;
// the other failures call the same code in-process (main: what index.ts writes and the exit code it sets).

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

const paragraph = (n: number) =>
  `Comet Halvorsen gained almost two magnitudes in three weeks, astronomers at Kyiv University said in report ${n}. ` +
  'The nucleus is estimated to be between two and four kilometres across, and it passes closest to the Sun in December.';

const HTML = `<!doctype html><html lang="en"><head><title>Comet brightens | Sky Weekly</title>
<meta property="og:site_name" content="Sky Weekly"><meta name="author" content="Ingrid Solberg">
<meta property="article:published_time" content="2025-11-26T08:00:00+01:00">
<link rel="canonical" href="https://sky.example/comet"></head>
<body><nav>Home · Science · Sport</nav><article><h1>Comet brightens</h1>
${[1, 2, 3, 4].map((n) => `<p>${paragraph(n)}</p>`).join('')}</article><footer>© Sky Weekly</footer></body></html>`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sidelight-pack-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('sidelight pack build', () => {
  it(
    'builds a valid pack from .html (through the extraction) and .txt (with header lines) files, as a process',
    () => {
      const articles = join(dir, 'comet');
      mkdirSync(articles);
      writeFileSync(join(articles, 'a-sky.html'), HTML);
      writeFileSync(
        join(articles, 'b-kyiv.txt'),
        `Title: Kyiv astronomers on the comet\nOutlet: Kyiv Daily\nURL: https://kyiv.example/comet\nDate: 2025-11-24\nLanguage: uk\n\n${paragraph(9)}\n`,
      );
      writeFileSync(join(articles, 'c-plain.txt'), paragraph(10));
      writeFileSync(join(articles, 'd-brief.txt'), 'Comet seen over Kyiv.');
      writeFileSync(join(articles, 'notes.md'), 'not an article');
      const out = join(dir, 'pack.json');
      const run = cli('pack', 'build', articles, '-o', out, '--title', 'Comet Halvorsen');
      expect(run.stderr).toContain('4 articles');
      expect(run.status).toBe(0);
      const parsed = parseStoryPack(JSON.parse(readFileSync(out, 'utf8')));
      if (!parsed.ok) throw new Error(parsed.error);
      expect(parsed.value.story).toEqual({ id: 'comet-halvorsen', title: 'Comet Halvorsen' });
      const [html, txt, plain, brief] = parsed.value.articles;
      expect(html).toMatchObject({
        outlet: 'Sky Weekly',
        url: 'https://sky.example/comet',
        author: 'Ingrid Solberg',
        date: '2025-11-26',
        language: 'en',
      });
      expect(html!.text).toContain('report 4');
      expect(html!.text).not.toContain('Home · Science'); // Extracted: the article, not the page's navigation.
      expect(txt).toMatchObject({
        outlet: 'Kyiv Daily',
        title: 'Kyiv astronomers on the comet',
        url: 'https://kyiv.example/comet',
        date: '2025-11-24',
        language: 'uk',
      });
      expect(txt!.text).toBe(paragraph(9));
      // No "Language:" line: identified from the text, and undetermined ("und") where too short to be sure.
      expect(plain).toMatchObject({ outlet: 'c-plain', url: null, language: 'en', text: paragraph(10) });
      expect(brief).toMatchObject({ outlet: 'd-brief', language: 'und' });
    },
    SPAWN_TIMEOUT,
  );

  it(
    'as a process, a bad folder is one line on stderr and exit code 2',
    () => {
      const out = join(dir, 'pack.json');
      const missing = cli('pack', 'build', join(dir, 'nope'), '-o', out);
      expect([missing.status, missing.stderr]).toEqual([2, `sidelight: ${join(dir, 'nope')}: no such folder\n`]);
      expect(() => readFileSync(out)).toThrow(); // Nothing written on failure.
    },
    SPAWN_TIMEOUT,
  );

  it('reports a bad folder, an empty one, a bad id and missing arguments on stderr with exit code 2', () => {
    const out = join(dir, 'pack.json');
    const missing = run('pack', 'build', join(dir, 'nope'), '-o', out);
    expect([missing.status, missing.stderr]).toEqual([2, `sidelight: ${join(dir, 'nope')}: no such folder\n`]);
    const empty = run('pack', 'build', dir, '-o', out);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('no .txt or .html articles');
    writeFileSync(join(dir, 'a.txt'), `Date: 2025-02-30\n\n${paragraph(1)}`);
    const badId = run('pack', 'build', dir, '-o', out, '--id', 'has space');
    expect(badId.status).toBe(2);
    expect(badId.stderr).toContain('story.id: must be 1–128 letters');
    expect(run('pack', 'build', dir).stderr).toContain('usage: sidelight pack build');
    expect(() => readFileSync(out)).toThrow(); // Nothing written on failure.
    // The command itself throws what main reports: a CliError with the message and exit code 2.
    const silent = { stdout() {}, stderr() {} };
    const thrown = (argv: string[]) => {
      try {
        runPack(argv, silent);
      } catch (e) {
        return e instanceof CliError ? { message: e.message, exitCode: e.exitCode } : e;
      }
      return null;
    };
    expect(thrown(['build', join(dir, 'nope'), '-o', out])).toEqual({
      message: `${join(dir, 'nope')}: no such folder`,
      exitCode: 2,
    });
    expect(thrown(['build', dir])).toEqual({ message: PACK_USAGE, exitCode: 2 });
  });

  it('in-process, a success writes the pack and says so on stderr, with exit code 0', () => {
    writeFileSync(join(dir, 'a.txt'), paragraph(1));
    const out = join(dir, 'pack.json');
    const ok = run('pack', 'build', dir, '-o', out, '--id', 'comet', '--title', 'Comet');
    expect(ok).toEqual({ status: 0, stdout: '', stderr: `sidelight: wrote ${out}: "Comet" (comet), 1 articles\n` });
    expect(JSON.parse(readFileSync(out, 'utf8')).story).toEqual({ id: 'comet', title: 'Comet' });
  });
});

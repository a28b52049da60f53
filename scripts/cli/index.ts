// `npm run -s sidelight -- pack build DIR -o FILE`: see pack-build.ts.
// `npm run -s sidelight -- align [--pack FILE] [--json] [--url URL] FILE...`: aligns .txt or .html files
// against a story pack (default: the embedded story). HTML goes through the extension's extraction
// (Readability over linkedom). With --json, one AlignResult per line. Errors go to stderr, exit code 2.

import fs from 'node:fs';
import path from 'node:path';
import { alignText, buildIndex } from '../../utils/engine/index';
import { extractArticleFromHtml } from '../../utils/extract/node-article';
import { parseStoryPackJson } from '../../utils/pack/parse';
import { CliError } from './cli-error';
import { runPack } from './pack-build';
import { renderReport } from './report';
import { loadResources, repoRoot } from './resources';

const USAGE =
  'usage: sidelight align [--pack FILE] [--json] [--url URL] FILE...\n       sidelight pack build DIR -o FILE [--id ID] [--title TITLE]';

function parseArgs(argv: string[]) {
  const [command, ...rest] = argv;
  if (command !== 'align') throw new CliError(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
  const opts = {
    pack: path.join(repoRoot, 'public', 'stories', 'witkoff-leak.json'),
    json: false,
    url: undefined as string | undefined,
    files: [] as string[],
  };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--json') opts.json = true;
    else if (a === '--pack' || a === '--url') {
      const v = rest[++i];
      if (!v) throw new CliError(`${a} needs a value\n${USAGE}`);
      if (a === '--pack') opts.pack = v;
      else opts.url = v;
    } else if (a.startsWith('--')) throw new CliError(`unknown option ${a}\n${USAGE}`);
    else opts.files.push(a);
  }
  if (!opts.files.length) throw new CliError(`no input files\n${USAGE}`);
  return opts;
}

function readInput(file: string): string {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new CliError(`${file}: no such file`);
  if (!stat.isFile()) throw new CliError(`${file}: not a file (a folder?)`);
  const raw = fs.readFileSync(file, 'utf8');
  if (!/\.html?$/iu.test(file)) return raw;
  const article = extractArticleFromHtml(raw);
  if (!article) throw new CliError(`${file}: no article found in the HTML`);
  return article.text;
}

function main(argv: string[]): void {
  if (argv[0] === 'pack') return runPack(argv.slice(1));
  const opts = parseArgs(argv);
  if (!fs.existsSync(opts.pack)) throw new CliError(`${opts.pack}: no such pack file`);
  const parsed = parseStoryPackJson(fs.readFileSync(opts.pack, 'utf8'));
  if (!parsed.ok) throw new CliError(`${opts.pack}: invalid story pack: ${parsed.error}`);
  const texts = opts.files.map((f) => [f, readInput(f)] as const);
  const index = buildIndex([parsed.value], loadResources());
  for (const [file, text] of texts) {
    const result = alignText(index, text, { url: opts.url });
    process.stdout.write(opts.json ? `${JSON.stringify(result)}\n` : renderReport(file, result));
  }
}

try {
  main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`sidelight: ${e instanceof CliError ? e.message : (e as Error).stack}\n`);
  process.exitCode = 2;
}

// The CLI's commands as functions of their arguments, so they can be called (and tested) in-process:
// `runCli` throws a CliError for bad arguments or input; `main` turns any error into the one line on stderr
// and the exit code that index.ts hands to the process.
// `sidelight pack build DIR -o FILE`: see pack-build.ts.
// `sidelight align [--pack FILE] [--json] [--url URL] FILE...`: aligns .txt or .html files against a story pack
// (default: the embedded story). HTML goes through the extension's extraction (Readability over linkedom). With
// --json, one AlignResult per line.

import fs from 'node:fs';
import { alignText, buildIndex } from '../../utils/engine/index';
import { extractArticleFromHtml } from '../../utils/extract/node-article';
import { MAX_ARTICLE_CHARS, MAX_SAVED_PAGE_CHARS, MAX_PACK_CHARS, tooLong } from '../../utils/limits';
import { parseStoryPackJson } from '../../utils/pack/parse';
import { asCliError, CliError, type CliIo } from './cli-error';
import { readTextFile } from './files';
import { runPack } from './pack-build';
import { renderReport } from './report';
import { EMBEDDED_PACK_PATH, loadResources } from './resources';

const USAGE =
  'usage: sidelight align [--pack FILE] [--json] [--url URL] FILE...\n       sidelight pack build DIR -o FILE [--id ID] [--title TITLE]';

function parseArgs(argv: string[]) {
  const [command, ...rest] = argv;
  if (command !== 'align') throw new CliError(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
  const opts = {
    pack: EMBEDDED_PACK_PATH,
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

/** The text of an input: a .txt file as it is, an .html file's extracted article; either at most one article long. */
function readInput(file: string): string {
  const html = /\.html?$/iu.test(file);
  const raw = readTextFile(file, html ? MAX_SAVED_PAGE_CHARS : MAX_ARTICLE_CHARS);
  if (!html) return raw;
  const article = extractArticleFromHtml(raw);
  if (!article) throw new CliError(`${file}: no article found in the HTML`);
  if (article.text.length > MAX_ARTICLE_CHARS) {
    throw new CliError(`${file}: the article text is ${tooLong(MAX_ARTICLE_CHARS)}`);
  }
  return article.text;
}

/** Runs one command with `argv` (the arguments after `sidelight`); throws a CliError for bad arguments or input. */
export function runCli(argv: string[], io: CliIo): void {
  if (argv[0] === 'pack') return runPack(argv.slice(1), io);
  const opts = parseArgs(argv);
  if (!fs.existsSync(opts.pack)) throw new CliError(`${opts.pack}: no such pack file`);
  const parsed = parseStoryPackJson(readTextFile(opts.pack, MAX_PACK_CHARS));
  if (!parsed.ok) throw new CliError(`${opts.pack}: invalid story pack: ${parsed.error}`);
  const texts = opts.files.map((f) => [f, readInput(f)] as const);
  const index = buildIndex([parsed.value], loadResources());
  for (const [file, text] of texts) {
    const result = alignText(index, text, { url: opts.url });
    io.stdout(opts.json ? `${JSON.stringify(result)}\n` : renderReport(file, result));
  }
}

/**
 * Runs the CLI and returns its exit code: 0, or for an error one line on stderr ("sidelight: " and the message,
 * never a stack: see asCliError) and the error's exit code (2 for bad arguments or input, 1 for an internal error).
 */
export function main(argv: string[], io: CliIo): number {
  try {
    runCli(argv, io);
    return 0;
  } catch (e) {
    const error = asCliError(e);
    io.stderr(`sidelight: ${error.message}\n`);
    return error.exitCode;
  }
}

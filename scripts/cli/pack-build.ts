// `npm run -s sidelight -- pack build DIR -o FILE [--id ID] [--title TITLE]`: builds a story pack from a folder
// of saved articles. HTML goes through the extension's own extraction (Readability over linkedom) and page
// metadata reader, so outlet, address, author and date come out as when the person adds the page while reading;
// a .txt file may start with "Title:", "Outlet:", "URL:", "Author:", "Date:" or "Language:" lines and a blank
// line. The pack is validated before it is written; any problem is one line on stderr and exit code 2.

import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { readPageArticle } from '../../utils/extract/page-article';
import { MAX_ARTICLE_CHARS, MAX_SAVED_PAGE_CHARS, MAX_PACK_ARTICLES, tooLong, tooMany } from '../../utils/limits';
import { parseStoryPack } from '../../utils/pack/parse';
import type { PackArticle, StoryPack } from '../../utils/pack/schema';
import { addArticle, newStory, type EditResult } from '../../utils/stories/edit';
import { slugify } from '../../utils/stories/ids';
import { toPackArticle, type PageArticle } from '../../utils/stories/page-article';
import { CliError, type CliIo } from './cli-error';
import { checkOutputPath, readTextFile, writeFileWhole } from './files';

export const PACK_USAGE = 'usage: sidelight pack build DIR -o FILE [--id ID] [--title TITLE]';

const HEADER = /^(title|outlet|url|author|date|language):\s*(.*)$/i;

/** A saved .txt article: optional "Key: value" header lines, then the text. */
function readText(raw: string): PageArticle {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r?\n/);
  const fields: Record<string, string> = {};
  let body = 0;
  if (HEADER.test(lines[0] ?? '')) {
    for (; body < lines.length && HEADER.test(lines[body]!); body++) {
      const [, key, value] = HEADER.exec(lines[body]!)!;
      fields[key!.toLowerCase()] = value!.trim();
    }
  }
  return {
    url: fields.url ?? null,
    title: fields.title ?? '',
    text: lines.slice(body).join('\n').trim(),
    outlet: fields.outlet,
    author: fields.author,
    published: fields.date,
    lang: fields.language,
  };
}

/** A saved .html page, read as the extension reads it live; its address from rel=canonical or og:url. */
function readHtml(file: string, raw: string): PageArticle {
  const { document } = parseHTML(raw);
  const doc = document as unknown as Document;
  const address =
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    null;
  const page = readPageArticle(doc, address);
  if (!page) throw new CliError(`${file}: no article found in the HTML`);
  return page;
}

/** Builds a pack from every .txt and .html file in `dir` (sorted by name, so the result is reproducible). */
export function buildPackFromDir(dir: string, opts: { id?: string; title?: string } = {}): StoryPack {
  const stat = fs.statSync(dir, { throwIfNoEntry: false });
  if (!stat) throw new CliError(`${dir}: no such folder`);
  if (!stat.isDirectory()) throw new CliError(`${dir}: not a folder`);
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|html?)$/i.test(f))
    .sort();
  if (!files.length) throw new CliError(`${dir}: no .txt or .html articles in this folder`);
  if (files.length > MAX_PACK_ARTICLES) throw new CliError(`${dir}: ${tooMany(MAX_PACK_ARTICLES, 'articles')}`);
  let pack: StoryPack | null = null;
  for (const name of files) {
    const file = path.join(dir, name);
    const txt = /\.txt$/i.test(name);
    const raw = readTextFile(file, MAX_SAVED_PAGE_CHARS); // The article text in it is checked below.
    const page = txt ? readText(raw) : readHtml(file, raw);
    if (!page.text) throw new CliError(`${file}: the article text is empty`);
    if (page.text.length > MAX_ARTICLE_CHARS) {
      throw new CliError(`${file}: the article text is ${tooLong(MAX_ARTICLE_CHARS)}`);
    }
    const stem = name.replace(/\.[^.]+$/, '');
    const article: PackArticle = toPackArticle(page, pack?.articles.map((a) => a.id) ?? [], stem);
    const next: EditResult = pack
      ? addArticle(pack, article)
      : newStory(opts.title ?? path.basename(path.resolve(dir)), article, []);
    if (!next.ok) throw new CliError(`${file}: ${next.error}`);
    pack = next.pack;
  }
  const id = opts.id ?? (slugify(pack!.story.title) || 'story');
  const checked = parseStoryPack({ ...pack!, story: { ...pack!.story, id } });
  if (!checked.ok) throw new CliError(`the pack built from ${dir} is invalid: ${checked.error}`);
  return checked.value;
}

/** `pack build DIR -o FILE [--id ID] [--title TITLE]`; says what it wrote on `io.stderr`. */
export function runPack(argv: string[], io: CliIo): void {
  const [sub, ...rest] = argv;
  if (sub !== 'build') throw new CliError(sub ? `unknown pack command "${sub}"\n${PACK_USAGE}` : PACK_USAGE);
  const opts: { dir?: string; out?: string; id?: string; title?: string } = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const flag = ({ '-o': 'out', '--out': 'out', '--id': 'id', '--title': 'title' } as const)[a];
    if (flag) {
      const value = rest[++i];
      if (!value) throw new CliError(`${a} needs a value\n${PACK_USAGE}`);
      opts[flag] = value;
    } else if (a.startsWith('-')) throw new CliError(`unknown option ${a}\n${PACK_USAGE}`);
    else if (opts.dir) throw new CliError(`one folder only\n${PACK_USAGE}`);
    else opts.dir = a;
  }
  if (!opts.dir || !opts.out) throw new CliError(PACK_USAGE);
  checkOutputPath(opts.out); // Before the work of reading every article.
  const pack = buildPackFromDir(opts.dir, opts);
  writeFileWhole(opts.out, `${JSON.stringify(pack, null, 2)}\n`);
  io.stderr(
    `sidelight: wrote ${opts.out}: "${pack.story.title}" (${pack.story.id}), ${pack.articles.length} articles\n`,
  );
}

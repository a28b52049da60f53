// The texts detection is evaluated on: the seeds (as captured), the pack's own articles, hand-written
// positives and near-misses, and the 130 real pages (the Readability test suite, not copied into the repo).

import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { blockText } from '../../utils/extract/block-text';

export interface Doc {
  name: string;
  text: string;
}

/** .txt files of a folder, sorted; empty when the folder is missing. */
export function textFiles(dir: string): Doc[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/** The real reporting excerpts (../shared/fixtures/reporting): each a JSON with its group and language. */
export function reportingFixtures(dir: string): Array<Doc & { group: string; language: string }> {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const j = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as {
        group: string;
        language: string;
        text: string;
      };
      return { name: f.replace(/\.json$/u, ''), text: j.text, group: j.group, language: j.language };
    });
}

/** The real pages' article texts, from Readability's expected output, made into text as the extension makes it
 *  (utils/extract/block-text.ts: a line per block, picture captions left out), with the pictures' captions
 *  Readability kept (read from the same parse). */
export function realPages(dir: string): Array<Doc & { captions: string[] }> {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((d) => fs.existsSync(path.join(dir, d, 'expected.html')))
    .sort()
    .map((d) => {
      const { document } = parseHTML(fs.readFileSync(path.join(dir, d, 'expected.html'), 'utf8'));
      const captions = [...document.querySelectorAll('figcaption')]
        .map((c) => (c.textContent ?? '').replace(/\s+/gu, ' ').trim())
        .filter(Boolean);
      return { name: d, text: blockText(document.documentElement as unknown as Node), captions };
    });
}

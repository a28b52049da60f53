// The texts detection is evaluated on: the seeds (as captured), the pack's own articles, hand-written
// positives and near-misses, and the 130 real pages (the Readability test suite, not copied into the repo).

import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

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

/** The real pages' article texts, from Readability's expected output (the text the extension would read). */
export function realPages(dir: string): Doc[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((d) => fs.existsSync(path.join(dir, d, 'expected.html')))
    .sort()
    .map((d) => {
      const { document } = parseHTML(fs.readFileSync(path.join(dir, d, 'expected.html'), 'utf8'));
      return { name: d, text: blockText(document.documentElement as unknown as Element) };
    });
}

// Block elements become line breaks so headings and paragraphs segment the way extracted text does.
function blockText(el: Element): string {
  const html = el.outerHTML
    .replace(/<(\/?)(p|div|h[1-6]|li|br|tr|blockquote|section|article|figcaption|pre)\b[^>]*>/giu, '\n')
    .replace(/<[^>]+>/gu, '');
  const { document } = parseHTML(`<html><body><pre>${html}</pre></body></html>`);
  return (document.querySelector('pre')?.textContent ?? '').replace(/\n\s*\n+/gu, '\n').trim();
}

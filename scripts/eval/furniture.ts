// Page furniture on the 130 real pages (tests/gold/real-pages-furniture.json): lines annotated as bylines,
// datelines, credits, captions, share, subscription and navigation text, ads and author notes, read by a person
// before the engine ran on them. Each page's text is aligned as if it belonged to the story, and a furniture line
// is "noted" when a claim that overlaps it is read as a sentence (it would be underlined and get a note). The
// other side: lines of prose not annotated that the engine reads no claim from (its furniture rules, or prose
// that speaks to the reader). And captions outside <figcaption>, which only the extension's own extraction of the
// saved page can leave out (captionsInExtraction).

import fs from 'node:fs';
import path from 'node:path';
import { alignText, segment, type EngineIndex } from '../../utils/engine/index';
import { speaksToReader } from '../../utils/engine/furniture';
import { extractArticleFromHtml } from '../../utils/extract/node-article';
import type { Doc } from './corpora';

/** A line of prose: eight words or more, ending as a sentence ends (a full stop, a question or exclamation
 *  mark, perhaps in quotes). */
const isProse = (line: string) => /[.!?…]["'”’»)]*$/u.test(line) && line.split(/\s+/u).length >= 8;

interface FurnitureLine {
  line: number;
  text: string;
  kind: string;
  /** For `dateline-prefix`: the dateline that opens a line of prose ("MOSCOW (Reuters) -"). */
  prefix?: string;
}

interface FurnitureGold {
  pages: Record<string, FurnitureLine[]>;
}

export interface FurnitureScore {
  /** Per kind: [noted, annotated]. */
  kinds: Map<string, [number, number]>;
  noted: string[];
  /** Datelines that open a line of prose, and how many of them a claim's underline would include. */
  prefixes: number;
  prefixesInClaims: string[];
  /** Lines of prose not annotated as furniture, those of which the engine reads no claim at all, and how many of
   *  those only because they speak to the reader. */
  prose: number;
  proseAsFurniture: string[];
  proseAsChrome: number;
}

export const loadFurniture = (file: string): FurnitureGold | null =>
  fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as FurnitureGold) : null;

/** Scores the pages named in `names` against their annotations, aligned within `storyId`. */
export function scoreFurniture(
  index: EngineIndex,
  storyId: string,
  pages: Doc[],
  gold: FurnitureGold,
  names: string[],
): FurnitureScore {
  const out: FurnitureScore = {
    kinds: new Map(),
    noted: [],
    prefixes: 0,
    prefixesInClaims: [],
    prose: 0,
    proseAsFurniture: [],
    proseAsChrome: 0,
  };
  for (const page of pages.filter((p) => names.includes(p.name))) {
    const annotated = gold.pages[page.name];
    if (!annotated) continue;
    const claims = alignText(index, page.text, { storyId }).claims;
    const sentences = segment(page.text).filter((s) => s.kind === 'sentence');
    // Each line of the text with its offsets (the annotators saw the lines, trimmed, numbered from 1, blanks out).
    const lines: Array<{ text: string; start: number; end: number }> = [];
    let at = 0;
    for (const raw of page.text.split('\n')) {
      const text = raw.trim();
      if (text) lines.push({ text, start: at + raw.indexOf(text), end: at + raw.indexOf(text) + text.length });
      at += raw.length + 1;
    }
    const furnitureLines = new Set<number>();
    for (const f of annotated) {
      const line = lines[f.line - 1];
      if (!line || line.text !== f.text)
        throw new Error(`furniture gold: line ${f.line} of ${page.name} is not "${f.text}"`);
      const overlapping = claims.filter((c) => c.start < line.end && c.end > line.start);
      if (f.kind === 'dateline-prefix') {
        out.prefixes++;
        const first = overlapping.find((c) => c.start <= line.start);
        if (first?.kind === 'sentence') out.prefixesInClaims.push(`${page.name}: ${f.prefix}`);
        continue;
      }
      furnitureLines.add(f.line - 1);
      const counts = out.kinds.get(f.kind) ?? [0, 0];
      counts[1]++;
      if (overlapping.some((c) => c.kind === 'sentence' || c.matches.length)) {
        counts[0]++;
        out.noted.push(`${page.name} (${f.kind}): ${f.text.slice(0, 70)}`);
      }
      out.kinds.set(f.kind, counts);
    }
    lines.forEach((line, i) => {
      if (furnitureLines.has(i) || !isProse(line.text)) return;
      out.prose++;
      const overlapping = claims.filter((c) => c.start < line.end && c.end > line.start);
      if (overlapping.some((c) => c.kind === 'sentence')) return;
      // Chrome only: every sentence of the line speaks to the reader (furniture.ts speaksToReader).
      const own = sentences.filter((x) => x.start >= line.start && x.end <= line.end);
      if (own.length && own.every((x) => speaksToReader(x.text))) out.proseAsChrome++;
      else out.proseAsFurniture.push(`${page.name}: ${line.text.slice(0, 70)}`);
    });
  }
  return out;
}

/** The annotated captions, and lines of prose, that the extension's own extraction (Readability with its options,
 *  on the saved `source.html`, in linkedom) leaves in the text it reads: captions outside <figcaption> are known
 *  only by the page's class names, which Readability's output has lost. Pages linkedom cannot read are skipped. */
export function captionsInExtraction(
  dir: string,
  pages: Doc[],
  gold: FurnitureGold,
  names: string[],
): { captions: number; left: number; prose: number; kept: number } {
  const out = { captions: 0, left: 0, prose: 0, kept: 0 };
  for (const page of pages.filter((p) => names.includes(p.name))) {
    let text: string;
    try {
      text = extractArticleFromHtml(fs.readFileSync(path.join(dir, page.name, 'source.html'), 'utf8'))?.text ?? '';
    } catch {
      continue; // linkedom lacks what a page's copy needs (a <base>: article.ts copyOf)
    }
    const lines = new Set(text.split('\n').map((l) => l.trim()));
    const annotated = gold.pages[page.name] ?? [];
    for (const f of annotated.filter((x) => x.kind === 'caption')) {
      out.captions++;
      if (lines.has(f.text)) out.left++;
    }
    const furniture = new Set(annotated.map((f) => f.text));
    for (const line of page.text.split('\n').map((l) => l.trim())) {
      if (!line || furniture.has(line) || !isProse(line)) continue;
      out.prose++;
      if (lines.has(line)) out.kept++;
    }
  }
  return out;
}

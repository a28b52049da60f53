// Reads the hand-made gold standard and scores the engine's links against it.

import fs from 'node:fs';
import path from 'node:path';
import type { StoryPack } from '../../utils/pack/schema';
import type { AlignResult } from '../../utils/engine/index';

interface GoldFile {
  pack: string;
  articles: Record<string, Record<string, string>>;
  links: Array<[string, string, 'same' | 'partial', string]>;
}

export interface Unit {
  id: string;
  article: string;
  start: number;
  end: number;
  heading: boolean;
}

export interface Gold {
  units: Unit[];
  same: Set<string>;
  partial: Set<string>;
  pack: string;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Loads a gold file and locates its units in the pack's article texts. */
export function loadGold(file: string, pack: StoryPack): Gold {
  const g = JSON.parse(fs.readFileSync(file, 'utf8')) as GoldFile;
  const units: Unit[] = [];
  for (const [articleId, map] of Object.entries(g.articles)) {
    const text = pack.articles.find((a) => a.id === articleId)?.text;
    if (!text) throw new Error(`gold: article ${articleId} is not in the pack`);
    const starts = Object.entries(map).map(([key, prefix]) => {
      const at = text.indexOf(prefix);
      if (at < 0) throw new Error(`gold: unit ${key} ("${prefix}") not found in ${articleId}`);
      return { key, at };
    });
    starts.forEach(({ key, at }, i) => {
      const [id, flag] = key.split(':');
      units.push({
        id: id!,
        article: articleId,
        start: at,
        end: starts[i + 1]?.at ?? text.length,
        heading: flag === 'heading',
      });
    });
  }
  const same = new Set<string>();
  const partial = new Set<string>();
  for (const [a, b, rel] of g.links) (rel === 'same' ? same : partial).add(pairKey(a, b));
  return { units, same, partial, pack: path.resolve(path.dirname(file), '..', '..', g.pack) };
}

/** Whether a span overlaps a unit by at least a third of the span or of the unit. */
export function overlapsUnit(u: { start: number; end: number }, start: number, end: number): boolean {
  const o = Math.min(end, u.end) - Math.max(start, u.start);
  return o > 0 && (o >= (end - start) / 3 || o >= (u.end - u.start) / 3);
}

/** Units of an article that a span overlaps (see overlapsUnit). */
export function unitsOf(gold: Gold, article: string, start: number, end: number): string[] {
  return gold.units.filter((u) => u.article === article && !u.heading && overlapsUnit(u, start, end)).map((u) => u.id);
}

export interface LinkScore {
  tp: number;
  fp: number;
  found: number;
  wanted: number;
  falsePositives: string[];
  missed: string[];
}

/** Precision over the engine's "same" links (gold same or partial counts as right); recall over gold same
 *  pairs, each in both directions, found by a "same" link. */
export function scoreLinks(gold: Gold, results: Map<string, AlignResult>): LinkScore {
  let tp = 0;
  let fp = 0;
  const foundPairs = new Set<string>();
  const falsePositives: string[] = [];
  for (const [articleId, result] of results) {
    for (const claim of result.claims) {
      const here = unitsOf(gold, articleId, claim.start, claim.end);
      for (const m of claim.matches) {
        if (m.relation !== 'same') continue;
        const there = unitsOf(gold, m.articleId, m.start, m.end);
        const pairs = here.flatMap((h) => there.map((t) => pairKey(h, t)));
        const ok = pairs.filter((p) => gold.same.has(p) || gold.partial.has(p));
        if (ok.length) tp++;
        else {
          fp++;
          falsePositives.push(
            `${here.join('+') || '?'} → ${there.join('+') || '?'} (${m.score}): ${claim.text.slice(0, 60)} ⇒ ${m.text.slice(0, 60)}`,
          );
        }
        for (const h of here) for (const t of there) if (gold.same.has(pairKey(h, t))) foundPairs.add(`${h}>${t}`);
      }
    }
  }
  const wanted = [...gold.same].flatMap((p) => {
    const [a, b] = p.split('|');
    return [`${a}>${b}`, `${b}>${a}`];
  });
  const missed = wanted.filter((w) => !foundPairs.has(w));
  return { tp, fp, found: wanted.length - missed.length, wanted: wanted.length, falsePositives, missed };
}

// Scores the engine's links from texts outside the pack (tests/gold/unseen.gold.json, held-out.gold.json)
// into the pack: each sentence of such a text lists the pack units (from the main gold standard) that report
// the same claim, and those that overlap in part. The same rules as the main gold standard: a "same" link is
// right when its passage is a same or partial unit of its sentence; every same unit should be found.

import fs from 'node:fs';
import path from 'node:path';
import type { AlignResult } from '../../utils/engine/index';
import { overlapsUnit, unitsOf, type Gold, type LinkScore } from './gold';
import type { Reliability } from './reliability';

interface Annotation {
  at: string;
  same: string[];
  partial: string[];
  /** Page furniture (caption, credit, dateline, byline, share or subscription text): should get no note. */
  furniture?: boolean;
}

interface UnseenFile {
  texts: Record<string, Record<string, Annotation>>;
}

export interface UnseenText {
  file: string;
  text: string;
  sentences: Array<{ id: string; start: number; end: number; same: string[]; partial: string[]; furniture: boolean }>;
}

/** Where the real reporting excerpts live (beside the project, not copied into it). */
export const REPORTING_DIR = path.join('..', 'shared', 'fixtures', 'reporting');

// A key with a path is a text file of the repository; a bare id is a real excerpt's JSON in REPORTING_DIR.
function readText(root: string, key: string): string {
  if (key.includes('/')) return fs.readFileSync(path.join(root, key), 'utf8');
  const fixture = JSON.parse(fs.readFileSync(path.join(root, REPORTING_DIR, `${key}.json`), 'utf8')) as {
    text: string;
  };
  return fixture.text;
}

/** Loads the annotated texts, locating each sentence by the words it starts with. */
export function loadUnseen(file: string, root: string): UnseenText[] {
  const g = JSON.parse(fs.readFileSync(file, 'utf8')) as UnseenFile;
  return Object.entries(g.texts).map(([rel, map]) => {
    const text = readText(root, rel);
    const starts = Object.entries(map).map(([id, s]) => {
      const start = text.indexOf(s.at);
      if (start < 0) throw new Error(`unseen gold: "${s.at}" not found in ${rel}`);
      return { id, start, same: s.same, partial: s.partial, furniture: s.furniture === true };
    });
    const sentences = starts.map((s, i) => ({ ...s, end: starts[i + 1]?.start ?? text.length }));
    return { file: rel, text, sentences };
  });
}

/** Every link the engine shows from the texts, with the annotated sentences and pack units it joins, and
 *  whether it is right (its passage is a same or partial unit of one of its sentences). */
function* judgedLinks(gold: Gold, texts: UnseenText[], results: AlignResult[]) {
  for (const [i, t] of texts.entries()) {
    for (const claim of results[i]!.claims) {
      const here = t.sentences.filter((s) => overlapsUnit(s, claim.start, claim.end));
      for (const match of claim.matches) {
        const there = unitsOf(gold, match.articleId, match.start, match.end);
        const right = here.some((s) => there.some((u) => s.same.includes(u) || s.partial.includes(u)));
        yield { here, there, match, right };
      }
    }
  }
}

/** Precision of the "same" links from the texts, recall of their sentences' same units. */
export function scoreUnseen(
  gold: Gold,
  texts: UnseenText[],
  results: AlignResult[],
): LinkScore & { reliability: Reliability } {
  const reliability: Reliability = [];
  let tp = 0;
  let fp = 0;
  const found = new Set<string>();
  const falsePositives: string[] = [];
  for (const { here, there, match: m, right } of judgedLinks(gold, texts, results)) {
    if (m.relation !== 'same') continue;
    reliability.push({ probability: m.probability ?? 0, right });
    if (right) tp++;
    else {
      fp++;
      falsePositives.push(`${here.map((s) => s.id).join('+') || '?'} → ${there.join('+') || '?'} (${m.score})`);
    }
    for (const s of here) for (const u of there) if (s.same.includes(u)) found.add(`${s.id}>${u}`);
  }
  const wanted = texts.flatMap((t) => t.sentences.flatMap((s) => s.same.map((u) => `${s.id}>${u}`)));
  const missed = wanted.filter((w) => !found.has(w));
  return { tp, fp, found: wanted.length - missed.length, wanted: wanted.length, falsePositives, missed, reliability };
}

export interface FurnitureNoted {
  /** Furniture sentences that the engine gave a link or treated as a claim (so they would be underlined). */
  furnitureNoted: string[];
  furniture: number;
}

/** Whether page furniture stays without notes. */
export function scoreFurnitureNotes(texts: UnseenText[], results: AlignResult[]): FurnitureNoted {
  const out: FurnitureNoted = { furnitureNoted: [], furniture: 0 };
  texts.forEach((t, i) => {
    const claims = results[i]!.claims;
    for (const s of t.sentences.filter((x) => x.furniture)) {
      out.furniture++;
      const noted = claims.some(
        (c) => overlapsUnit(s, c.start, c.end) && (c.matches.length > 0 || c.kind === 'sentence'),
      );
      if (noted) out.furnitureNoted.push(`${s.id}: ${t.text.slice(s.start, Math.min(s.end, s.start + 60)).trim()}`);
    }
  });
  return out;
}

export interface NoOtherSource {
  /** Claims whose note says that no other source reports them (prose, no link, in a text detected as the story). */
  said: number;
  /** Of those, the ones whose sentences have no annotated same unit: the note is true. */
  right: number;
}

/** How often a note's "No other source reports this." is true: a claim the engine links to nothing, against the
 *  annotations of its sentences (furniture aside: it gets no note). */
export function scoreNoOtherSource(texts: UnseenText[], results: AlignResult[]): NoOtherSource {
  const out: NoOtherSource = { said: 0, right: 0 };
  texts.forEach((t, i) => {
    const result = results[i]!;
    if (!result.story?.detected) return;
    for (const c of result.claims.filter((x) => x.kind === 'sentence' && !x.matches.length)) {
      const here = t.sentences.filter((s) => !s.furniture && overlapsUnit(s, c.start, c.end));
      if (!here.length) continue;
      out.said++;
      if (here.every((s) => !s.same.length)) out.right++;
    }
  });
  return out;
}

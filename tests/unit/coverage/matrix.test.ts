import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignStory } from '@/utils/coverage/align-story';
import { cellAt } from '@/utils/coverage/lookup';
import { buildCoverage } from '@/utils/coverage/matrix';
import type { CoverageRow } from '@/utils/coverage/types';
import { buildIndex, decodeLexicon } from '@/utils/engine';
import type { Claim, ClaimMatch } from '@/utils/engine/types';
import type { StoryPack } from '@/utils/pack/schema';

/** A row's cells across all `n` sources, silence included. */
const cellsOf = (row: CoverageRow, n: number) => Array.from({ length: n }, (_, c) => cellAt(row, c));

const WIRE =
  'Officials confirmed the bridge over the river will close for repairs on Monday morning. Engineers found cracks in two of its steel supports during an inspection last week. The closure is expected to last three weeks, the transport ministry said in a statement.';

function pack(texts: Record<string, { outlet: string; text: string; date?: string }>): StoryPack {
  return {
    format: 'sidelight-story-pack',
    version: 1,
    story: { id: 'bridge', title: 'The bridge closure' },
    articles: Object.entries(texts).map(([id, a]) => ({
      id,
      url: `https://${id}.example/story`,
      language: 'en',
      ...a,
    })),
  } as StoryPack;
}

/** A claim spanning `text` inside `full`, linked to the given passages. */
function claim(full: string, text: string, matches: ClaimMatch[] = []): Claim {
  const start = full.indexOf(text);
  if (start < 0) throw new Error(`not in text: ${text}`);
  return { start, end: start + text.length, text, kind: 'sentence', matches };
}

function link(p: StoryPack, articleId: string, text: string, differences: ClaimMatch['differences'] = []): ClaimMatch {
  const article = p.articles.find((a) => a.id === articleId)!;
  const start = article.text.indexOf(text);
  return {
    articleId,
    outlet: article.outlet,
    url: article.url,
    start,
    end: start + text.length,
    text,
    score: 0.9,
    relation: 'same',
    differences,
  };
}

describe('the coverage matrix', () => {
  const p = pack({
    wire: { outlet: 'Wire', text: WIRE, date: '2026-03-01' },
    copy: { outlet: 'Daily Echo', text: `${WIRE} Local drivers should plan other routes.`, date: '2026-03-02' },
    post: {
      outlet: 'The Post',
      text: 'The bridge will shut for repairs on Tuesday. The mayor called the closure a disgrace.',
    },
  });
  const [wire, copy, post] = p.articles.map((a) => a.text);
  const aligned = new Map<string, Claim[]>([
    [
      'wire',
      [
        claim(wire!, 'Officials confirmed the bridge over the river will close for repairs on Monday morning.', [
          link(p, 'post', 'The bridge will shut for repairs on Tuesday.', [
            { kind: 'date', here: 'Monday', there: 'Tuesday' },
          ]),
        ]),
        claim(wire!, 'Engineers found cracks in two of its steel supports during an inspection last week.'),
      ],
    ],
    [
      'copy',
      [
        claim(copy!, 'Officials confirmed the bridge over the river will close for repairs on Monday morning.', [
          {
            ...link(
              p,
              'wire',
              'Officials confirmed the bridge over the river will close for repairs on Monday morning.',
            ),
            relation: 'copy',
          },
        ]),
        claim(copy!, 'Local drivers should plan other routes.'),
      ],
    ],
    [
      'post',
      [
        claim(post!, 'The bridge will shut for repairs on Tuesday.', [
          link(p, 'wire', 'Officials confirmed the bridge over the river will close for repairs on Monday morning.', [
            { kind: 'date', here: 'Tuesday', there: 'Monday' },
          ]),
        ]),
        claim(post!, 'The mayor called the closure a disgrace.'),
      ],
    ],
  ]);
  const coverage = buildCoverage(p, aligned);

  it('shows a wire story and its copy as one source, the earliest first', () => {
    expect(coverage.columns.map((c) => c.outlet)).toEqual(['Wire', 'The Post']);
    expect(coverage.columns[0]!.copies.map((c) => c.outlet)).toEqual(['Daily Echo']);
  });

  it('joins one claim reported by several articles into one row, with each source’s difference', () => {
    const closure = coverage.rows.find((r) => r.text.startsWith('Officials confirmed'))!;
    expect(closure.sources).toBe(2);
    expect(cellsOf(closure, 2).map((c) => [c.state, c.kinds])).toEqual([
      ['differs', ['date']],
      ['differs', ['date']],
    ]);
    expect(cellAt(closure, 1).passage).toMatchObject({
      articleId: 'post',
      text: 'The bridge will shut for repairs on Tuesday.',
    });
    // The copy's sentence joined the wire's row: no second row for it.
    expect(coverage.rows.filter((r) => r.text.startsWith('Officials confirmed'))).toHaveLength(1);
  });

  it('marks claims only one source reports, and silence elsewhere', () => {
    const mayor = coverage.rows.find((r) => r.text.startsWith('The mayor'))!;
    expect(cellsOf(mayor, 2).map((c) => c.state)).toEqual(['silent', 'alone']);
    const drivers = coverage.rows.find((r) => r.text.startsWith('Local drivers'))!;
    expect(cellsOf(drivers, 2).map((c) => c.state)).toEqual(['alone', 'silent']);
  });

  it('counts, for each source, its corroborated claims and those that are its alone', () => {
    expect(coverage.stats.map(({ claims, corroborated, alone }) => ({ claims, corroborated, alone }))).toEqual([
      { claims: 3, corroborated: 1, alone: 2 },
      { claims: 2, corroborated: 1, alone: 1 },
    ]);
  });
});

describe('rows of a passage that carries two claims', () => {
  // The post tells in one sentence two claims the report tells apart, with a claim between them (it is linked
  // more strongly with the second); the brief tells the first of them in two consecutive sentences.
  const p = pack({
    report: {
      outlet: 'Report',
      text: 'Engineers found cracks in the steel supports. The mayor visited the site on Sunday. Repairs will cost four million dollars.',
    },
    post: {
      outlet: 'Post',
      text: 'Engineers found cracks in the supports, and repairs will cost four million dollars.',
    },
    brief: { outlet: 'Brief', text: 'Engineers inspected the bridge. They found cracks in its supports.' },
  });
  const [report, post, brief] = p.articles.map((a) => a.text);
  const both = 'Engineers found cracks in the supports, and repairs will cost four million dollars.';
  const scored = (m: ClaimMatch, score: number) => ({ ...m, score });
  const coverage = buildCoverage(
    p,
    new Map<string, Claim[]>([
      [
        'report',
        [
          claim(report!, 'Engineers found cracks in the steel supports.', [scored(link(p, 'post', both), 0.5)]),
          claim(report!, 'The mayor visited the site on Sunday.'),
          claim(report!, 'Repairs will cost four million dollars.', [scored(link(p, 'post', both), 0.6)]),
        ],
      ],
      ['post', [claim(post!, both)]],
      [
        'brief',
        [
          claim(brief!, 'Engineers inspected the bridge.', [
            scored(link(p, 'report', 'Engineers found cracks in the steel supports.'), 0.3),
          ]),
          claim(brief!, 'They found cracks in its supports.', [
            scored(link(p, 'report', 'Engineers found cracks in the steel supports.'), 0.7),
          ]),
        ],
      ],
    ]),
  );
  const row = (start: string) => coverage.rows.find((r) => r.text.startsWith(start));

  it('joins the passage to the claim it is more strongly linked with, and not to the other', () => {
    expect(row('Repairs will cost')!.sources).toBe(2);
    expect(cellAt(row('Repairs will cost')!, 1).passage?.articleId).toBe('post');
    expect(row('Engineers found cracks')!.sources).toBe(2);
    expect(cellAt(row('Engineers found cracks')!, 1).state).toBe('silent');
  });

  it('still joins one claim an article tells in two consecutive sentences', () => {
    expect(coverage.rows.filter((r) => r.text.startsWith('Engineers'))).toHaveLength(1);
    expect(coverage.rows).toHaveLength(3);
  });
});

describe('the coverage of the embedded story', () => {
  const seeds = JSON.parse(readFileSync('public/stories/witkoff-leak.json', 'utf8')) as StoryPack;
  const lexicon = decodeLexicon(readFileSync('public/engine/lexicon.bin').buffer);
  const coverage = buildCoverage(seeds, alignStory(buildIndex([seeds], { lexicon }), seeds));

  it('has the three outlets as sources and claims all three report', () => {
    expect(coverage.columns.map((c) => c.outlet)).toEqual(['UNIAN', 'Capital Post', 'Insider']);
    expect(coverage.rows.filter((r) => r.sources === 3).length).toBeGreaterThan(5);
    expect(coverage.rows.some((r) => Object.values(r.cells).some((c) => c.state === 'differs'))).toBe(true);
  });

  it('has claims only one source reports, and names the outlets UNIAN credits', () => {
    expect(coverage.rows.some((r) => r.sources === 1)).toBe(true);
    expect(coverage.stats[0]!.credits.map((c) => c.name)).toEqual(expect.arrayContaining(['Bloomberg', 'Guardian']));
  });

  it('keeps every passage inside its article’s text', () => {
    for (const row of coverage.rows)
      for (const cell of Object.values(row.cells)) {
        if (!cell.passage) continue;
        const article = seeds.articles.find((a) => a.id === cell.passage!.articleId)!;
        expect(article.text.slice(cell.passage.start, cell.passage.end)).toBe(cell.passage.text);
      }
  });
});

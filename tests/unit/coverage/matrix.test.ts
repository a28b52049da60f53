import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignStory } from '@/utils/coverage/align-story';
import { cellAt } from '@/utils/coverage/lookup';
import { buildCoverage } from '@/utils/coverage/matrix';
import type { Coverage, CoverageRow } from '@/utils/coverage/types';
import { buildIndex, decodeLexicon } from '@/utils/engine';
import type { Claim, ClaimMatch } from '@/utils/engine/types';
import { alignInStories } from '@/utils/notes/align-stories';
import { outletsOf } from '@/utils/notes/labels';
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
    probability: 0.9,
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

  it('says a source "probably" reports a claim where every link of the row to it is only probably the same', () => {
    expect(coverage.rows.some((r) => Object.values(r.cells).some((c) => c.probable))).toBe(false);
    const unsure = (m: ClaimMatch) => ({ ...m, probability: 0.6 });
    const hedged = new Map(
      [...aligned].map(([id, claims]) => [id, claims.map((c) => ({ ...c, matches: c.matches.map(unsure) }))]),
    );
    const closure = buildCoverage(p, hedged).rows.find((r) => r.text.startsWith('Officials confirmed'))!;
    // The row's own claim is its first note's source's: that source surely reports it.
    expect(cellsOf(closure, 2).map((c) => c.probable)).toEqual([undefined, true]);
    // One sure link to a source is enough.
    const oneSure = new Map([...hedged].map(([id, claims]) => [id, id === 'wire' ? aligned.get('wire')! : claims]));
    const surely = buildCoverage(p, oneSure).rows.find((r) => r.text.startsWith('Officials confirmed'))!;
    expect(cellsOf(surely, 2).map((c) => c.probable)).toEqual([undefined, undefined]);
  });
});

/** The row showing the note of `articleId`'s claim at `start` (each note is in exactly one row). */
function rowOfNote(coverage: Coverage, articleId: string, start: number): CoverageRow {
  const rows = coverage.rows.filter((r) => r.notes.some((n) => n.articleId === articleId && n.start === start));
  expect(rows, `one row for ${articleId}@${start}`).toHaveLength(1);
  return rows[0]!;
}

/** The outlets a row lists (each source's lead and copies), and those a note lists with its own outlet. */
const rowOutlets = (coverage: Coverage, row: CoverageRow) =>
  Object.keys(row.cells)
    .flatMap((c) => [coverage.columns[Number(c)]!, ...coverage.columns[Number(c)]!.copies])
    .map((a) => a.outlet)
    .sort();

/** Every note of `aligned` has a row that lists the outlets the note lists (its own included). */
function expectRowsAgreeWithNotes(p: StoryPack, coverage: Coverage, aligned: Map<string, Claim[]>): number {
  let checked = 0;
  for (const article of p.articles)
    for (const claim of aligned.get(article.id) ?? []) {
      if (claim.kind === 'heading') continue;
      const row = rowOfNote(coverage, article.id, claim.start);
      const listed = new Set(rowOutlets(coverage, row));
      expect([...listed].sort(), claim.text).toEqual([...new Set([article.outlet, ...outletsOf(claim)])].sort());
      expect(row.sources, claim.text).toBe(Object.keys(row.cells).length);
      checked++;
    }
  return checked;
}

describe('rows are the notes: links one way, and a passage that carries two claims', () => {
  // The post tells in one sentence two claims the report tells apart, with a claim between them; the post's
  // note links the first only. The brief's note links the report, whose note does not link the brief.
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
  const aligned = new Map<string, Claim[]>([
    [
      'report',
      [
        claim(report!, 'Engineers found cracks in the steel supports.', [link(p, 'post', both)]),
        claim(report!, 'The mayor visited the site on Sunday.'),
        claim(report!, 'Repairs will cost four million dollars.', [link(p, 'post', both)]),
      ],
    ],
    ['post', [claim(post!, both, [link(p, 'report', 'Engineers found cracks in the steel supports.')])]],
    [
      'brief',
      [
        claim(brief!, 'Engineers inspected the bridge.'),
        claim(brief!, 'They found cracks in its supports.', [
          link(p, 'report', 'Engineers found cracks in the steel supports.'),
        ]),
      ],
    ],
  ]);
  const coverage = buildCoverage(p, aligned);
  const row = (start: string) => coverage.rows.find((r) => r.text.startsWith(start))!;

  it('lists for every note exactly the sources the note lists', () => {
    expect(expectRowsAgreeWithNotes(p, coverage, aligned)).toBe(6);
  });

  it('joins two notes that link each other, and never two claims through the passage that carries both', () => {
    const cracks = row('Engineers found cracks');
    expect(cracks.notes.map((n) => n.articleId)).toEqual(['report', 'post']);
    expect(cellsOf(cracks, 3).map((c) => c.state)).toEqual(['agrees', 'agrees', 'silent']);
    // The cost's note links the post's sentence too, but the post's note does not link it back: its own row,
    // with the post's cell at the passage its note links.
    const cost = row('Repairs will cost');
    expect(cost.notes.map((n) => n.articleId)).toEqual(['report']);
    expect(cost.sources).toBe(2);
    expect(cellAt(cost, 1).passage).toMatchObject({ articleId: 'post', text: both });
  });

  it('keeps a link one way in the row of the note that makes it, badged by what that note says', () => {
    // The brief's note names the report; the report's note on that claim does not name the brief.
    expect(row('They found cracks').sources).toBe(2);
    expect(cellAt(row('They found cracks'), 0).passage?.text).toBe('Engineers found cracks in the steel supports.');
    expect(row('Engineers inspected').sources).toBe(1);
    expect(row('The mayor').sources).toBe(1);
    expect(coverage.rows).toHaveLength(5);
  });

  it('counts a source’s claims from its own notes, not from passages others link to it', () => {
    expect(coverage.stats.map(({ claims, corroborated, alone }) => ({ claims, corroborated, alone }))).toEqual([
      { claims: 3, corroborated: 2, alone: 1 },
      { claims: 1, corroborated: 1, alone: 0 },
      { claims: 2, corroborated: 1, alone: 1 },
    ]);
  });
});

describe('the coverage of the embedded story', () => {
  const seeds = JSON.parse(readFileSync('public/stories/witkoff-leak.json', 'utf8')) as StoryPack;
  const lexicon = decodeLexicon(readFileSync('public/engine/lexicon.bin').buffer);
  const index = buildIndex([seeds], { lexicon });
  const aligned = alignStory(index, seeds);
  const coverage = buildCoverage(seeds, aligned);

  it('has the three outlets as sources and claims all three report', () => {
    expect(coverage.columns.map((c) => c.outlet)).toEqual(['UNIAN', 'Capital Post', 'Insider']);
    expect(coverage.rows.filter((r) => r.sources === 3).length).toBeGreaterThan(5);
    expect(coverage.rows.some((r) => Object.values(r.cells).some((c) => c.state === 'differs'))).toBe(true);
  });

  it('has claims only one source reports, and names the outlets UNIAN credits', () => {
    expect(coverage.rows.some((r) => r.sources === 1)).toBe(true);
    expect(coverage.stats[0]!.credits.map((c) => c.name)).toEqual(expect.arrayContaining(['Bloomberg', 'Guardian']));
  });

  it('lists, for every note on the seeds, the same sources as the note (issue 20)', () => {
    // The notes as a reader of each seed page gets them: the page aligned against the stories it is in.
    const notes = new Map(
      seeds.articles.map((a) => [a.id, alignInStories(index, a.text, { url: a.url ?? undefined })!.claims]),
    );
    expect(expectRowsAgreeWithNotes(seeds, coverage, notes)).toBeGreaterThan(60);
    // The matrix was built from the same alignment the notes show.
    expect(notes).toEqual(
      new Map(
        [...aligned].map(([id, claims]) => [
          id,
          claims.map((c) => ({ ...c, matches: c.matches.map((m) => ({ ...m, storyId: seeds.story.id })) })),
        ]),
      ),
    );
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

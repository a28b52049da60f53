import path from 'node:path';
import { expect, test } from './fixtures';
import { noteLabels, waitForNotes } from './notes-helpers';
import { hasReporting, serveReport } from './reporting-pages';
import { alignText, buildIndex } from '../../utils/engine/index';
import { rowLabel } from '../../utils/notes/labels';
import { loadEmbeddedPack, loadResources, repoRoot } from '../../scripts/cli/resources';
import { loadUnseen, type UnseenText } from '../../scripts/eval/unseen';

// Real reporting Sidelight was never built on (the English development excerpts of ../shared/fixtures/reporting,
// each served as a news page, chrome and all): the notes a reader sees in Chromium are the engine's own answer
// for the excerpt's text, claim for claim and outlet for outlet, so what `npm run eval` measures on these texts
// is what is on screen. And the lines annotated as page furniture (a dateline, "SEE ALSO", a player's menu) get
// no note. Development texts only: a failure prints the notes, and the held-out texts' must never be looked at.

const annotated: UnseenText[] = hasReporting
  ? loadUnseen(path.join(repoRoot, 'tests', 'gold', 'real-dev.gold.json'), repoRoot)
  : [];

/** The embedded story's index with the resources the eval reads (lexicon and bilingual lists). */
const index = hasReporting ? buildIndex([loadEmbeddedPack()], loadResources()) : undefined;

/** The rows the engine's answer for `text` draws: one per claim (headings and furniture get none). */
const expectedRows = (text: string): string[] =>
  alignText(index!, text)
    .claims.filter((c) => c.kind === 'sentence')
    .map(rowLabel)
    .sort();

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

test.runIf(hasReporting).for(annotated.map((t) => t.file))(
  'a real report (%s) gets in Chromium the notes the eval measures, and its furniture none',
  async (id, { page, newsroom, visit }) => {
    const { text, sentences } = annotated.find((t) => t.file === id)!;
    await visit(await serveReport(page, newsroom, `/real/${id}`, { id, title: id, lang: 'en' }));
    await waitForNotes(page);
    const expected = expectedRows(text);
    expect(expected.some((l) => !l.includes('No other source reports this.'))).toBe(true);
    // Polled: on a busy machine the rows can still be coming in when the first is drawn.
    await expect.poll(async () => (await noteLabels(page)).sort()).toEqual(expected);

    const labels = await noteLabels(page);
    const furniture = sentences.filter((s) => s.furniture).map((s) => flat(text.slice(s.start, s.end)).slice(0, 30));
    for (const line of furniture) expect(labels.filter((l) => l.startsWith(`Claim “${line}`))).toEqual([]);
  },
);

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from './axe';
import { ARTIFACTS_DIR, expect, test } from './fixtures';
import { escapeHtml } from '../../scripts/newsroom/html.mjs';
import { toBlocks } from '../../scripts/newsroom/pack.mjs';
import { noteLabels, packArticles, routeOutletsToNewsroom, waitForNotes } from './notes-helpers';

// The coverage view of the embedded story: claims down the side, the three outlets across the top, cells that
// say who agrees, differs or is silent, a click that opens the passage, the sources' counts, and CSV export.

const CLAIM = 'Bloomberg has published an exclusive transcript';

test('the embedded story as a table: claims, sources, differences, single-source claims, passages', async ({
  context,
  extensionId,
  newsroom,
  page,
}) => {
  await routeOutletsToNewsroom(context, newsroom);
  await page.goto(`chrome-extension://${extensionId}/coverage.html?story=witkoff-leak`);
  const table = page.getByTestId('coverage-table');
  await table.waitFor();
  expect(await page.getByTestId('source-head').allTextContents()).toEqual(['UNIAN', 'Capital Post', 'Insider']);

  // A claim all three report, with a difference called out in words for screen readers.
  const row = page.getByTestId('coverage-row').filter({ hasText: CLAIM });
  expect(await row.locator('td.count').textContent()).toBe('3');
  const states = await row.locator('td.cell').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-state')));
  expect(states).not.toContain('silent');
  expect(states).toContain('differs');
  const differs = row.locator('td.cell[data-state="differs"] a').first();
  expect(await differs.getAttribute('aria-label')).toMatch(/reports this, differing in \w+/);

  // A source the notes link only as probably the same claim says so: a "?" to the eye, "probably" to a screen reader.
  const probable = page.locator('td.cell.probable').first();
  expect(await probable.locator('[aria-hidden="true"]').first().textContent()).toMatch(/^[✓≠]\?$/);
  expect(await probable.locator('a').getAttribute('aria-label')).toMatch(/ probably reports this/);

  // Claims only one source reports stand out, and the filter keeps only them.
  const singles = page.locator('tr.single');
  expect(await singles.count()).toBeGreaterThan(0);
  expect(await singles.first().locator('.badge').textContent()).toBe('one source');
  // The other sources' cells in such a row are silent: empty to the eye, "not reported" to a screen reader.
  const silent = singles.first().locator('td.cell[data-state="silent"]').first();
  expect(await silent.textContent()).toBe('not reported');
  expect(await silent.locator('.sr').evaluate((el) => getComputedStyle(el).clipPath)).toBe('inset(50%)');
  const all = await page.getByTestId('coverage-row').count();
  await page.getByLabel('Only claims one source reports').check();
  await expect.poll(() => page.getByTestId('coverage-row').count()).toBeLessThan(all);
  expect(await page.getByTestId('coverage-row').count()).toBe(await singles.count());
  await page.getByLabel('Only claims one source reports').uncheck();

  // Each source's counts, and the outlets UNIAN credits (Bloomberg, outside the story).
  const unian = page.getByTestId('source').filter({ hasText: 'UNIAN' });
  expect(await unian.getByTestId('source-counts').textContent()).toMatch(
    /^\d+ claims: \d+ corroborated by others, \d+ its alone$/,
  );
  expect(await unian.getByTestId('source-credits').textContent()).toContain('Bloomberg');

  await page.screenshot({ path: join(ARTIFACTS_DIR, 'coverage-light.png'), fullPage: false });
  expect(await axeViolations(page)).toEqual([]);

  // A click on Capital Post's cell opens Capital Post's article at that passage.
  const capital = row.locator('td.cell').nth(1).locator('a');
  const href = await capital.getAttribute('href');
  expect(href).toMatch(/^https:\/\/capitalpost\.uk\/.*#:~:text=/);
  const [opened] = await Promise.all([context.waitForEvent('page'), capital.click()]);
  await opened.waitForLoadState();
  expect(opened.url()).toBe(href);
  expect(await opened.evaluate(() => document.body.textContent)).toContain('Capital Post');
  await opened.close();
});

test('export the matrix as CSV: a header of sources and one line per claim', async ({ extensionId, page }) => {
  await page.goto(`chrome-extension://${extensionId}/coverage.html?story=witkoff-leak`);
  await page.getByTestId('coverage-table').waitFor();
  const rows = await page.getByTestId('coverage-row').count();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(download.suggestedFilename()).toBe('witkoff-leak-coverage.csv');
  const csv = readFileSync((await download.path())!, 'utf8');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe('claim,sources,UNIAN,Capital Post,Insider');
  expect(lines.find((l) => l.includes(CLAIM))).toMatch(/,3,/);
  expect(lines.filter((l) => l.includes('only this source')).length).toBeGreaterThan(0);
  // Every claim is one record (claims may hold commas and quotes, which CSV quotes).
  expect(csv.match(/\r\n/g)!.length).toBe(rows + 1);
});

test('without a story id the page lists the stories; an unknown id is said so', async ({ extensionId, page }) => {
  await page.goto(`chrome-extension://${extensionId}/coverage.html`);
  await page.getByRole('link', { name: 'Who leaked the Witkoff–Ushakov calls' }).click();
  await page.getByTestId('coverage-table').waitFor();
  await page.goto(`chrome-extension://${extensionId}/coverage.html?story=no-such-story`);
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('No story with id “no-such-story”');
});

/** A note row's label as outlets: "Claim “…”. 2 other sources: Insider, UNIAN, 1 difference." → [Insider, UNIAN]. */
function labelled(label: string): { excerpt: string; outlets: string[] } {
  const excerpt = /^Claim “(.*?)…?”\./su.exec(label)![1]!;
  const listed = /other sources?: (.+?)(?:, \d+ differences?)?\.$/u.exec(label)?.[1];
  return { excerpt, outlets: listed ? listed.split(', ') : [] };
}

test('each note of a seed article has its row in the matrix, listing the sources the note lists (issue 20)', async ({
  context,
  extensionId,
  page,
}) => {
  // The UNIAN article of the pack at its own address, as plain paragraphs: the text the matrix aligns, so the
  // notes and the matrix read the same alignment. (The newsroom's copy interleaves "Read also" and
  // "Advertisement" lines, which the engine reads as headings that move a few links: another text.)
  const unian = packArticles()[0]!;
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>UNIAN</title>
<style>body{font:18px/1.6 serif} main{max-width:640px;margin:0 0 0 48px}</style></head><body><main><article>
${toBlocks(unian.text)
  .map((b: { kind: string; text: string }) => `<${b.kind}>${escapeHtml(b.text)}</${b.kind}>`)
  .join('\n')}
</article></main></body></html>`;
  await context.route(unian.url!, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
  await page.setViewportSize({ width: 1920, height: 1000 });
  await page.goto(unian.url!, { waitUntil: 'load' });
  await waitForNotes(page);
  await expect.poll(async () => (await noteLabels(page)).length).toBeGreaterThan(15);
  const notes = (await noteLabels(page)).map(labelled);
  expect(notes.filter((n) => n.outlets.length > 1).length).toBeGreaterThan(3);
  expect(notes.some((n) => n.outlets.length === 0)).toBe(true);

  await page.goto(`chrome-extension://${extensionId}/coverage.html?story=witkoff-leak`);
  await page.getByTestId('coverage-table').waitFor();
  const heads = await page.getByTestId('source-head').allTextContents();
  const rows = await page.getByTestId('coverage-row').evaluateAll((trs) =>
    trs.map((tr) => ({
      claim: (tr.querySelector('th.claim')?.firstChild?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      states: [...tr.querySelectorAll('td.cell')].map((td) => td.getAttribute('data-state')),
      badge: tr.querySelector('.badge')?.textContent ?? null,
    })),
  );
  for (const note of notes) {
    const row = rows.find((r) => r.claim.startsWith(note.excerpt));
    expect(row, note.excerpt).toBeDefined();
    const listed = heads.filter((_, c) => row!.states[c] !== 'silent');
    expect(listed.sort(), note.excerpt).toEqual(['UNIAN', ...note.outlets].sort());
    expect(row!.badge, note.excerpt).toBe(note.outlets.length ? null : 'one source');
  }
});

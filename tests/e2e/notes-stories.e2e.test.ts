import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { noteFor, notesRoot, waitForNotes } from './notes-helpers';
import { popupFor } from './tabs';

// A page in two stories (issue 20, item 2): a reader starts a story of their own from a seed page of the
// built-in story and adds another outlet's report of the leak. The seed page keeps every link the built-in
// story gave it (a quotation linked to UNIAN stays linked), and gains the new story's, each note listing its
// sources story by story; a passage both stories hold is listed once.

const CAPITAL_POST = '002_f24f5414ffbe457d';
const BUILT_IN = 'Who leaked the Witkoff–Ushakov calls';
const MINE = 'The leak, my reading';
const QUOTE = '"My strong suspicion is that this came from the US side';
const WIRE_URL = 'https://wire.example/world/2025/11/26/witkoff-advised-kremlin-aide';
const WIRE = 'Wire Service';

/** Wide enough for the rail to pass the newsroom's sidebar (narrower, the notes fold into markers). */
const WIDE = { width: 1920, height: 1000 };

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Another outlet's report of the leak (a hand-written positive), at an address of its own. */
async function routeWire(context: BrowserContext): Promise<void> {
  const [title, ...paragraphs] = readFileSync('tests/fixtures/positives/scoop-content.txt', 'utf8')
    .trim()
    .split(/\n\s*\n/);
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title!)}</title>
<meta property="og:site_name" content="${WIRE}">
<style>body{font:18px/1.6 serif} main{max-width:640px;margin:0 0 0 48px}</style></head>
<body><main><article><h1>${escape(title!)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}
</article></main></body></html>`;
  await context.route(WIRE_URL, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
}

/** The outlets a note's detail lists, by the story each group names ("" when the note has one group). */
async function sourcesByStory(page: Parameters<typeof notesRoot>[0]): Promise<Record<string, string[]>> {
  const detail = notesRoot(page).getByTestId('note-detail');
  await detail.waitFor();
  return detail.evaluate((el) => {
    const out: Record<string, string[]> = {};
    const groups = [...el.querySelectorAll('.story-group')];
    for (const g of groups.length ? groups : [el]) {
      const title = g.querySelector('[data-testid="note-story-group"]')?.textContent ?? '';
      out[title] = [...g.querySelectorAll('[data-testid="note-source"] .outlet strong')].map((s) => s.textContent!);
    }
    return out;
  });
}

test('start a story from a seed page, then add another outlet’s report to it, through the popup', async ({
  context,
  serviceWorker,
  extensionId,
  newsroom,
  visit,
  page,
}) => {
  await routeWire(context);
  await page.setViewportSize(WIDE);
  await visit(newsroom.pages.find((p) => p.articleId === CAPITAL_POST)!.path);
  await waitForNotes(page);
  // Before: the built-in story links the quotation to UNIAN.
  expect(await noteFor(page, QUOTE).getAttribute('data-label')).toMatch(/other sources?: .*UNIAN/);

  const popup = await popupFor(context, serviceWorker, extensionId, page);
  await popup.getByTestId('story-target').selectOption({ label: 'a new story…' });
  await popup.getByTestId('new-story-title').fill(MINE);
  await popup.getByTestId('add-article').click();
  await expect.poll(() => popup.getByTestId('story-done').textContent()).toContain(`“${MINE}” (1 article)`);
  await popup.close();

  const wire = await context.newPage();
  await wire.goto(WIRE_URL, { waitUntil: 'load' });
  const popup2 = await popupFor(context, serviceWorker, extensionId, wire);
  await popup2.getByTestId('story-target').selectOption({ label: MINE });
  await popup2.getByTestId('add-article').click();
  await expect.poll(() => popup2.getByTestId('story-done').textContent()).toContain(`“${MINE}” (2 articles)`);
  await popup2.close();
  await wire.close();
});

test('the seed page keeps the built-in story’s links and shows the new story’s, grouped by story', async ({
  newsroom,
  visit,
  page,
}) => {
  await page.setViewportSize(WIDE);
  await visit(newsroom.pages.find((p) => p.articleId === CAPITAL_POST)!.path);
  await waitForNotes(page);
  // The quotation is still linked to UNIAN, in the built-in story's group.
  await expect.poll(() => noteFor(page, QUOTE).getAttribute('data-label')).toMatch(/other sources?: .*UNIAN/);
  await noteFor(page, QUOTE).click();
  const quote = await sourcesByStory(page);
  const builtIn = quote[`From the story “${BUILT_IN}”`] ?? quote[''];
  expect(builtIn).toContain('UNIAN');
  await noteFor(page, QUOTE).click();

  // A claim the other outlet reports too: its note lists both stories' sources, each under its story's name.
  const both = notesRoot(page).locator(`[data-testid="note"][data-label*="${WIRE}"][data-label*="UNIAN"]`);
  expect(await both.count()).toBeGreaterThan(0);
  await both.first().click();
  const grouped = await sourcesByStory(page);
  expect(Object.keys(grouped)).toEqual([`From the story “${BUILT_IN}”`, `From the story “${MINE}”`]);
  expect(grouped[`From the story “${BUILT_IN}”`]).toContain('UNIAN');
  const mine = grouped[`From the story “${MINE}”`]!;
  expect(mine.length).toBeGreaterThan(0);
  expect(new Set(mine)).toEqual(new Set([WIRE]));
  // Each group is a named group for screen readers, holding that story's sources.
  const detail = notesRoot(page).getByTestId('note-detail');
  const group = detail.getByRole('group', { name: `From the story “${MINE}”` });
  expect(await group.getByTestId('note-source').count()).toBe(mine.length);
  expect(await axeViolations(page, 'sidelight-notes')).toEqual([]);
});

test('on the other outlet’s page, a passage both stories hold is listed once', async ({ context, page }) => {
  await routeWire(context);
  await page.setViewportSize(WIDE);
  await page.goto(WIRE_URL, { waitUntil: 'load' });
  await waitForNotes(page);
  // Capital Post's article is in both stories (the built-in one and, at the newsroom's address, the reader's).
  const note = notesRoot(page).locator('[data-testid="note"][data-label*="Capital Post"]').first();
  await note.click();
  const detail = notesRoot(page).getByTestId('note-detail');
  await detail.waitFor();
  const passages = await detail
    .getByTestId('note-source')
    .evaluateAll((els) =>
      els.map((e) => `${e.querySelector('.outlet strong')?.textContent}|${e.querySelector('.passage')?.textContent}`),
    );
  expect(passages.filter((p) => p.startsWith('Capital Post|')).length).toBeGreaterThan(0);
  expect(new Set(passages).size).toBe(passages.length);
});

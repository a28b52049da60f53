import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { noteFor, noteLabels, notesRoot, waitForNotes } from './notes-helpers';

// The reading Sidelight is for: an article on the story from an outlet that is not in the pack. The page is
// one of the hand-written positives, served at an address of its own, so nothing but its text ties it to
// the story.

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// A picture with its caption as the site marks it (a class name, not <figcaption>): the same people, another claim.
const PICTURE =
  '<p><img src="data:," alt="" width="320" height="180"><br>' +
  '<span class="pb-caption">Steve Witkoff attends a meeting with Yuri Ushakov in Moscow on Monday.</span></p>';

function articlePage(file: string): string {
  const [title, ...paragraphs] = readFileSync(file, 'utf8')
    .trim()
    .split(/\n\s*\n/);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title!)} | Wire</title>
<style>body{font:18px/1.6 serif} main{max-width:640px;margin:0 0 0 48px}</style></head>
<body><header><nav><a href="/">Home</a><a href="/world">World</a><a href="/markets">Markets</a></nav></header>
<main><article><h1>${escape(title!)}</h1><p class="byline">By Staff · 26 November 2025</p>
${paragraphs.map((p, i) => `<p>${escape(p)}</p>${i === 0 ? PICTURE : ''}`).join('')}
</article><aside><h3>Most read</h3><ul><li><a href="/a">Oil prices rise on supply worries</a></li></ul></aside></main>
<footer>© 2025 Wire</footer></body></html>`;
}

test('an article on the story from an outlet outside the pack gets notes linking it to the pack', async ({
  context,
  page,
}) => {
  const url = 'https://wire.example/world/2025/11/26/witkoff-advised-kremlin-aide';
  await context.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: articlePage('tests/fixtures/positives/scoop-content.txt'),
    }),
  );
  await page.goto(url);
  await waitForNotes(page);
  // On a busy machine the rows can still be coming in when the first note is drawn: wait for the linked one.
  const label = async (start: string) => (await noteLabels(page)).find((l) => l.startsWith(`Claim “${start}`)) ?? '';
  await expect.poll(() => label('A second recorded call')).toMatch(/other source(s)?: .*Capital Post/);
  const labels = await noteLabels(page);
  const note = (start: string) => labels.find((l) => l.startsWith(`Claim “${start}`));
  // As tests/gold/unseen.gold.json annotates it: the second call is in Capital Post's account; the Gaza plan
  // and Ushakov's reply are in no one's; the White House's word on the recordings is only touched on by the
  // passages on Ushakov's (partial: A8, B8, C7), and the notes show no passage that does not report the claim.
  expect(note('A second recorded call')).toMatch(/other source(s)?: .*Capital Post/);
  expect(note('Witkoff also suggested')).toMatch(/No other source reports this\.$/);
  expect(note('Ushakov replied')).toMatch(/No other source reports this\.$/);
  expect(note('The White House did not dispute')).toMatch(/No other source reports this\.$/);
  // The picture's caption is no claim: no note, no underline.
  expect(labels.filter((l) => l.includes('attends a meeting'))).toEqual([]);
  await noteFor(page, 'The White House did not dispute').click();
  const detail = notesRoot(page).getByTestId('note-detail');
  await expect
    .poll(() => detail.locator('.detail-head').textContent())
    .toBe('No other source in the story reports this.');
  expect(await detail.getByTestId('note-source').count()).toBe(0);
});

import type { Worker } from 'playwright-core';
import { UNRELATED_STORIES } from '../../scripts/newsroom/unrelated-stories.mjs';
import { expect, test } from './fixtures';
import { notesRoot, recordRequests, waitForNotes } from './notes-helpers';

// Private and safe: Sidelight makes no request of its own, text from a pack is rendered as text only, bad
// packs and malformed messages are refused.

const HOSTILE = '<img src=x onerror="window.__sidelightPwned=1">';
const LONG_WORD = 'A'.repeat(400);

/** A pack about the newsroom's comet story (an unrelated page, so no other story competes) with hostile strings. */
function hostilePack(pageUrl: string) {
  const comet = UNRELATED_STORIES.find((s) => s.key === 'comet')!;
  const paragraphs = comet.text.split('\n');
  const text = comet.text;
  return {
    format: 'sidelight-story-pack',
    version: 1,
    story: { id: 'hostile-test', title: `${HOSTILE} story` },
    articles: [
      { id: 'page', outlet: 'UNIAN', url: pageUrl, language: 'en', text },
      {
        id: 'hostile',
        outlet: HOSTILE,
        url: 'https://evil.example/a?q="><svg onload=alert(1)>',
        language: 'en',
        // Half the page's paragraphs: another article reporting it, not the page itself (which is never linked).
        text: paragraphs
          .slice(0, Math.ceil(paragraphs.length / 2))
          .map((p: string) => `${p} <script>window.__sidelightPwned=2</script> ${LONG_WORD}`)
          .join('\n'),
      },
    ],
  };
}

async function setExtraPacks(worker: Worker, packs: unknown[]) {
  await worker.evaluate((p) => chrome.storage.local.set({ extraPacks: p }), packs);
}

test('no request leaves the machine: not from the page, the content scripts or the service worker', async ({
  context,
  newsroom,
  visit,
  serviceWorker,
}) => {
  const requests = recordRequests(context);
  const local = new URL(newsroom.url).host;
  for (const p of newsroom.pages.filter((p) => p.kind !== 'index')) {
    const page = await visit(p.path);
    if (p.kind === 'seed') await waitForNotes(page);
    const pageResources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(pageResources.filter((u) => new URL(u).host !== local)).toEqual([]);
  }
  const foreign = requests.filter((u) => {
    const url = new URL(u);
    return url.protocol !== 'chrome-extension:' && url.host !== local;
  });
  expect(foreign).toEqual([]);
  // The recorder does see the worker's own reads (so it would see a request elsewhere too). The worker may
  // have read its files before recording began, so it is asked to read one now.
  await serviceWorker.evaluate(() => fetch(chrome.runtime.getURL('/engine/lexicon.bin')).then((r) => r.ok));
  await expect.poll(() => requests.some((u) => u.endsWith('/engine/lexicon.bin'))).toBe(true);
  const workerResources = await serviceWorker.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name),
  );
  expect(workerResources.every((u) => u.startsWith('chrome-extension://'))).toBe(true);
});

test('a page hears nothing from Sidelight: no message reaches its window', async ({ page, newsroom, visit }) => {
  // Recorded by the page's own script, as a site that looks for its readers' extensions would.
  await page.addInitScript(() => {
    const heard: unknown[] = [];
    Object.assign(window, { __heard: heard });
    window.addEventListener('message', (e) => heard.push(e.data));
  });
  await visit(newsroom.pages.find((p) => p.kind === 'seed')!.path);
  // By now the always-on script, the article script and the notes have all started.
  await waitForNotes(page);
  // Messages arrive in order: once the page's own probe is back, anything posted before it has arrived.
  const heard = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve) => {
        window.addEventListener('message', (e) => {
          if (e.data === 'probe') resolve((window as unknown as { __heard: unknown[] }).__heard);
        });
        window.postMessage('probe', '*');
      }),
  );
  expect(heard).toEqual(['probe']);
});

test('hostile strings in a pack are shown as text; javascript: addresses never become links', async ({
  newsroom,
  visit,
  page,
  serviceWorker,
}) => {
  const comet = newsroom.pages.find((p) => p.kind === 'unrelated' && p.path.includes('comet'))!;
  const pageUrl = new URL(comet.path, newsroom.url).href;
  const badUrl = { ...hostilePack(pageUrl), story: { id: 'bad-url', title: 'Bad' } };
  badUrl.articles[1] = { ...badUrl.articles[1]!, url: 'javascript:alert(1)' };
  await setExtraPacks(serviceWorker, [hostilePack(pageUrl), badUrl]);
  await expect
    .poll(() => serviceWorker.evaluate(async () => (await chrome.storage.local.get('spotStories')).spotStories))
    .toEqual(expect.arrayContaining([expect.objectContaining({ storyId: 'hostile-test' })]));
  const stories = (await serviceWorker.evaluate(
    async () => (await chrome.storage.local.get('spotStories')).spotStories,
  )) as {
    storyId: string;
  }[];
  expect(stories.map((s) => s.storyId)).not.toContain('bad-url'); // Refused whole: its URL is not http(s).

  await visit(comet.path);
  await waitForNotes(page);
  // The first note whose claim the hostile article reports (the page's standfirst is reported by no one).
  const row = notesRoot(page).locator('[data-testid="note"][data-label*="other source: "]').first();
  await row.click();
  const detail = notesRoot(page).getByTestId('note-detail');
  await expect.poll(() => detail.locator('.outlet strong').first().textContent()).toBe(HOSTILE);
  expect(await detail.locator('.passage').first().textContent()).toContain(
    '<script>window.__sidelightPwned=2</script>',
  );
  expect(await notesRoot(page).locator('img, script, svg').count()).toBe(0);
  expect(await page.evaluate(() => (window as any).__sidelightPwned ?? null)).toBeNull();
  const href = await detail.getByTestId('note-link').first().getAttribute('href');
  expect(href!.startsWith('https://evil.example/a?q=%22%3E%3Csvg')).toBe(true);
  // A 400-letter word wraps inside the note instead of widening it.
  expect(await detail.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  await setExtraPacks(serviceWorker, []);
});

test('malformed messages get no reply', async ({ context, extensionId }) => {
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/popup.html`);
  const reply = await ext.evaluate(() =>
    Promise.all(
      [
        { type: 'align-page', title: 1, text: '' },
        { type: 'align-page', title: '', text: 'x'.repeat(500_001) },
        { type: 'align-page', title: '', text: '', extra: true },
      ].map((m) =>
        chrome.runtime.sendMessage(m).then(
          (r) => r ?? 'no reply',
          () => 'no reply',
        ),
      ),
    ),
  );
  expect(reply).toEqual(['no reply', 'no reply', 'no reply']);
  await ext.close();
});

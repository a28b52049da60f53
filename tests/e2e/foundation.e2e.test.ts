import { firstLookDone, recordMessages } from './content-script';
import { expect, readSessionStorage, tabIdReading, test, waitFor } from './fixtures';

test('the extension loads and its service worker answers a typed message', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const reply = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }));
  expect(reply).toMatchObject({ ok: true, version: '0.1.0', stories: ['witkoff-leak'] });
  // A malformed message gets no reply rather than a guess.
  const bad = await popup.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'get-tab-status', tabId: 'x' }).then(
      (r) => r ?? 'no reply',
      () => 'no reply',
    ),
  );
  expect(bad).toBe('no reply');
  await popup.close();
});

test('on a seed article page the content script reads the article text', async ({ newsroom, visit, serviceWorker }) => {
  const seeds = newsroom.pages.filter((p) => p.kind === 'seed');
  expect(seeds.length).toBe(3);
  const page = await visit(seeds[0]!.path);
  const tabId = await waitFor(() => tabIdReading(serviceWorker, page.url()));
  const status = (await readSessionStorage(serviceWorker, `tab:${tabId}`)) as {
    textLength: number;
    excerpt: string;
  };
  expect(status.textLength).toBeGreaterThan(4000);
  expect(status.excerpt).toContain('Bloomberg has published an exclusive transcript');
});

test('the popup tells what was read on the tab', async ({ context, extensionId, newsroom, visit, serviceWorker }) => {
  const seed = newsroom.pages.find((p) => p.kind === 'seed')!;
  const page = await visit(seed.path);
  const tabId = await waitFor(() => tabIdReading(serviceWorker, page.url()));
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect.poll(() => popup.getByTestId('tab-status').textContent()).toMatch(/characters/);
  await popup.close();
});

test('on an unrelated page it does nothing visible', async ({ newsroom, visit, serviceWorker }) => {
  const unrelated = newsroom.pages.filter((p) => p.kind === 'unrelated');
  expect(unrelated.length).toBeGreaterThanOrEqual(2);
  for (const { path } of unrelated) {
    const messages = await recordMessages(serviceWorker);
    const page = await visit(path);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await firstLookDone(page); // The spot test ran, and what it sent has reached the worker: no "spotted".
    expect(await messages(page.url())).not.toContain('spotted');
    expect(await tabIdReading(serviceWorker, page.url())).toBeNull();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  }
});

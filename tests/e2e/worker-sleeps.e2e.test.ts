import { HIGHLIGHT_PAGES_KEY } from '../../utils/highlights/page-filter';
import { SPOT_STORIES_KEY } from '../../utils/spot';
import { firstLookDone } from './content-script';
import { expect, readSessionStorage, tabIdReading, test, waitFor } from './fixtures';

// Ordinary browsing costs Sidelight nothing beyond its content script's spot test: a page without a story does
// not start the service worker (Chromium stops it after 30 s idle; a listener on every tab's updates would start
// it again on every page load). Its own file, as the test stops the worker under the file's browser.

test('a page without a story does not start the stopped service worker', async ({
  context,
  newsroom,
  serviceWorker, // Started (and installed), so that it can be stopped.
}) => {
  expect(serviceWorker.url()).toContain('background.js');
  // What the worker writes when installed (its change events would start it again) is written first.
  await waitFor(() =>
    serviceWorker.evaluate(
      async (keys) => Object.keys(await chrome.storage.local.get(keys)).length === 2 || null,
      [SPOT_STORIES_KEY, HIGHLIGHT_PAGES_KEY],
    ),
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // The browser reports each change of a worker's running status ("starting", "running", "stopping", "stopped").
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) =>
    statuses.push(...versions.map((v) => v.runningStatus)),
  );
  await cdp.send('ServiceWorker.enable');
  await waitFor(async () => {
    if (statuses.at(-1) === 'stopped') return true;
    if (statuses.at(-1) !== 'stopping') await cdp.send('ServiceWorker.stopAllWorkers');
    return null;
  });
  const stoppedAt = statuses.length;
  for (const { path } of newsroom.pages.filter((p) => p.kind === 'unrelated')) {
    await page.goto(new URL(path, newsroom.url).href, { waitUntil: 'load' });
    await firstLookDone(page, 15_000, { ping: false }); // The spot test ran (and found no story).
  }
  expect(statuses.slice(stoppedAt)).toEqual([]);
});

test('the popup forgets what was read on a tab once it shows another page', async ({
  context,
  extensionId,
  newsroom,
  visit,
  serviceWorker,
}) => {
  const seed = newsroom.pages.find((p) => p.kind === 'seed')!;
  const page = await visit(seed.path);
  const tabId = await waitFor(() => tabIdReading(serviceWorker, page.url()));
  const popupOf = async () => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    return popup;
  };
  const before = await popupOf();
  await expect.poll(() => before.getByTestId('story-title').textContent()).toContain('Witkoff');
  await before.close();

  await page.goto(new URL(newsroom.pages.find((p) => p.kind === 'unrelated')!.path, newsroom.url).href);
  await firstLookDone(page);
  const after = await popupOf();
  await expect
    .poll(() => after.getByTestId('tab-status').textContent())
    .toBe(await after.evaluate(() => chrome.i18n.getMessage('popup_noStory')));
  expect(await after.getByTestId('story-title').count()).toBe(0);
  expect(await readSessionStorage(serviceWorker, `tab:${tabId}`)).toBeNull();
  await after.close();
});

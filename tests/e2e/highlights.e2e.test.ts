import { firstLookDone } from './content-script';
import { expect, readSessionStorage, test, waitFor } from './fixtures';
import { allHighlights, drawnRanges, selectInParagraph } from './highlights-helpers';
import { tabIdOf } from './tabs';

// Saving from the page, finding highlights again after a reload, under another address of the same article,
// on a changed page and with late text; orphans listed, never dropped.

test('a selection saved with a comment and tags is drawn, and re-anchored after a reload', async ({
  newsroom,
  visit,
  serviceWorker,
}) => {
  const article = newsroom.pages.find((p) => p.kind === 'unrelated')!;
  const page = await visit(article.path);
  const text = await selectInParagraph(page, 1, 10, 80);
  await page.locator('sidelight-save button').click();
  const card = page.getByTestId('highlight-saved');
  await expect.poll(() => card.isVisible()).toBe(true);
  // Focus is in the card's comment field: a keyboard user types straight away.
  const comment = card.getByLabel('Comment');
  await expect.poll(() => comment.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
  await page.keyboard.type('Budget figure to check');
  await card.getByLabel('Tags').fill('budget, #local');
  await card.getByRole('button', { name: 'Save note' }).click();
  await expect.poll(() => card.count()).toBe(0);

  const [saved] = await waitFor(async () => {
    const all = await allHighlights(serviceWorker);
    return all[0]?.comment ? all : null;
  });
  expect(saved!.quote.exact).toBe(text.trim());
  expect(saved!.tags).toEqual(['budget', 'local']);
  expect(saved!.canonicalUrl).toBe(new URL(article.path, newsroom.url).href);
  expect(saved!.page.title.length).toBeGreaterThan(10);
  expect(await drawnRanges(page)).toEqual([text.trim()]);

  // The page's DOM is not changed by drawing: only Sidelight's own shadow hosts are added.
  await page.reload({ waitUntil: 'load' });
  await expect.poll(() => drawnRanges(page)).toEqual([text.trim()]);
  const tabId = await tabIdOf(serviceWorker, page.url());
  const report = (await waitFor(() => readSessionStorage(serviceWorker, `highlights:tab:${tabId}`))) as {
    found: number;
    notFound: number;
    ms: number;
  };
  expect(report).toMatchObject({ found: 1, notFound: 0 });
});

test('the same article under a tracking address shows the same highlights', async ({ newsroom, context }) => {
  const article = newsroom.pages.find((p) => p.kind === 'unrelated')!;
  const page = await context.newPage();
  await page.goto(new URL(`${article.path}?utm_source=newsletter&utm_medium=email#comments`, newsroom.url).href);
  await expect.poll(() => drawnRanges(page).then((r) => r.length)).toBe(1);
  await page.close();
});

test('two tabs saving at the same moment both succeed', async ({ newsroom, context, serviceWorker }) => {
  const [a, b] = newsroom.pages.filter((p) => p.kind === 'unrelated').slice(1, 3);
  const before = (await allHighlights(serviceWorker)).length;
  const pages = await Promise.all(
    [a!, b!].map(async (p) => {
      const page = await context.newPage();
      await page.goto(new URL(p.path, newsroom.url).href, { waitUntil: 'load' });
      await selectInParagraph(page, 0, 0, 50);
      return page;
    }),
  );
  await Promise.all(pages.map((p) => p.locator('sidelight-save button').click()));
  await expect.poll(async () => (await allHighlights(serviceWorker)).length).toBe(before + 2);
  for (const p of pages) {
    await expect.poll(() => drawnRanges(p).then((r) => r.length)).toBe(1);
    await p.close();
  }
});

test('a changed page still shows its highlight; a vanished passage is listed as not found', async ({
  newsroom,
  visit,
  serviceWorker,
}) => {
  const article = newsroom.pages.filter((p) => p.kind === 'unrelated')[1]!;
  const page = await visit(article.path);
  const [saved] = (await allHighlights(serviceWorker)).filter((h) => h.url.endsWith(article.path));
  const words = saved!.quote.exact.split(' ');
  const edited = [...words.slice(0, 2), 'quite', ...words.slice(2)].join(' ');
  // Serve the page changed: one word added inside the highlighted passage.
  await page.route(page.url(), async (route) => {
    const body = (await (await route.fetch()).text()).replace(saved!.quote.exact, edited);
    await route.fulfill({ body, contentType: 'text/html' });
  });
  await page.reload({ waitUntil: 'load' });
  await expect.poll(() => drawnRanges(page)).toEqual([edited]);
  // Now the passage is gone: the highlight is kept and listed.
  await page.unroute(page.url());
  await page.route(page.url(), async (route) => {
    const body = (await (await route.fetch()).text()).replace(saved!.quote.exact, 'Something else entirely now.');
    await route.fulfill({ body, contentType: 'text/html' });
  });
  await page.reload({ waitUntil: 'load' });
  const orphans = page.getByTestId('highlight-orphans');
  await expect.poll(() => orphans.textContent()).toContain('1 highlight not found on this page');
  await orphans.getByRole('button').click();
  expect(await orphans.locator('li').textContent()).toBe(saved!.quote.exact);
  await expect
    .poll(async () => (await allHighlights(serviceWorker)).find((h) => h.id === saved!.id)?.anchor?.found)
    .toBe(false);
});

test('a highlight whose text loads late is drawn when it appears', async ({ newsroom, visit, serviceWorker }) => {
  const article = newsroom.pages.filter((p) => p.kind === 'unrelated')[1]!;
  const page = await visit(article.path);
  const [saved] = (await allHighlights(serviceWorker)).filter((h) => h.url.endsWith(article.path));
  await page.route(page.url(), async (route) => {
    const html = await (await route.fetch()).text();
    const hidden = html.replace(saved!.quote.exact, '<span id="late"></span>');
    const script = `<script>setTimeout(() => { document.getElementById('late').textContent = ${JSON.stringify(saved!.quote.exact)}; }, 1500);</script>`;
    await route.fulfill({ body: hidden.replace('</body>', `${script}</body>`), contentType: 'text/html' });
  });
  await page.reload({ waitUntil: 'load' });
  await expect.poll(() => drawnRanges(page)).toEqual([saved!.quote.exact]);
  await expect.poll(() => page.getByTestId('highlight-orphans').count()).toBe(0);
});

test('only pages the published filter cannot rule out ask the service worker for their highlights', async ({
  newsroom,
  visit,
  serviceWorker,
}) => {
  // The browser lives for the whole file, so earlier tests' highlights are there too: the index page has none.
  const withOne = newsroom.pages.find((p) => p.kind === 'unrelated')!;
  const without = newsroom.pages.find((p) => p.kind === 'index')!;
  // Every message the worker receives, in order (a second listener sees what the first one answers).
  await serviceWorker.evaluate(() => {
    const seen: string[] = [];
    (globalThis as { seen?: string[] }).seen = seen;
    chrome.runtime.onMessage.addListener((m: { type?: string }) => void seen.push(m.type ?? '?'));
  });
  const asked = () => serviceWorker.evaluate(() => (globalThis as { seen?: string[] }).seen!.slice());
  const page = await visit(withOne.path);
  const text = await selectInParagraph(page, 0, 0, 50);
  await page.locator('sidelight-save button').click();
  await expect.poll(() => page.getByTestId('highlight-saved').count()).toBe(1);
  const published = () =>
    serviceWorker.evaluate(async () => (await chrome.storage.local.get('highlightPages')).highlightPages);
  await expect.poll(async () => typeof (await published())).toBe('string');

  const before = (await asked()).length;
  await visit(without.path);
  await firstLookDone(page); // the content script has run, and what it asked has reached the worker
  expect((await asked()).slice(before)).not.toContain('highlights-check');

  await visit(withOne.path);
  await expect.poll(async () => (await asked()).slice(before)).toContain('highlights-check');
  await expect.poll(() => drawnRanges(page)).toContain(text.trim());
});

test('the save button beside a selection goes on Escape and on scrolling', async ({ newsroom, visit }) => {
  const page = await visit(newsroom.pages.find((p) => p.kind === 'index')!.path);
  const button = page.locator('sidelight-save button');
  const select = async () => {
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('a, p, h1, h2')].find((e) => (e.textContent ?? '').length > 20)!;
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    await expect.poll(() => button.count()).toBe(1);
  };
  await select();
  await page.keyboard.press('Escape');
  await expect.poll(() => button.count()).toBe(0);
  await select();
  await page.evaluate(() => window.dispatchEvent(new Event('scroll')));
  await expect.poll(() => button.count()).toBe(0);
});

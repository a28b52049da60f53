import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { engineAnswered, lateChecksDone, recordMessages, watchLateChanges } from './content-script';
import { expect, test } from './fixtures';

// Every saved real page (../shared/fixtures/real-pages, served by the newsroom at /real/<slug>/): Sidelight shows
// no note, paints no highlight, adds nothing to the page (so its layout cannot change), and logs no error.

const DIR = join('..', 'shared', 'fixtures', 'real-pages');
const SLUGS = existsSync(DIR)
  ? readdirSync(DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(DIR, d.name, 'source.html')))
      .map((d) => d.name)
      .sort()
  : [];

/** What Sidelight could leave in a page: its elements, highlights, adopted sheets; and the page's own shape. */
const footprint = () => ({
  ours: document.querySelectorAll('sidelight-notes, [data-wxt-shadow-root]').length,
  highlights: CSS.highlights.size,
  sheets: document.adoptedStyleSheets.length,
  elements: document.getElementsByTagName('*').length,
  size: `${document.documentElement.scrollWidth}x${document.documentElement.scrollHeight}`,
});

test.skipIf(SLUGS.length === 0)(
  `none of the ${SLUGS.length} real pages gets a note, a highlight, a layout change or an error from Sidelight`,
  { timeout: 600_000 },
  async ({ context, newsroom, page, serviceWorker, extensionId }) => {
    const local = new URL(newsroom.url).host;
    await context.route(
      (url) => url.host !== local && url.protocol.startsWith('http'),
      (route) => route.abort(),
    );
    const errors: string[] = [];
    const ours = (url: string | undefined) => !!url && url.includes(`chrome-extension://${extensionId}/`);
    page.on('console', (m) => {
      if ((m.type() === 'error' || m.type() === 'warning') && ours(m.location().url))
        errors.push(`${current}: ${m.text()} (${m.location().url})`);
    });
    page.on('pageerror', (e) => {
      if (ours(e.stack)) errors.push(e.message);
    });
    serviceWorker.on('console', (m) => {
      if (m.type() === 'error') errors.push(`worker: ${m.text()}`);
    });
    await watchLateChanges(page);
    const changed: string[] = [];
    let current = '';
    for (const slug of SLUGS) {
      current = slug;
      const messages = await recordMessages(serviceWorker);
      await page.goto(new URL(`/real/${slug}/`, newsroom.url).href, { waitUntil: 'load' });
      const atLoad = await page.evaluate(footprint);
      // Past the spot test and any late-content re-check of it, and for a page it flagged, past the engine's answer.
      await lateChecksDone(page);
      await engineAnswered(page, serviceWorker, messages);
      const later = await page.evaluate(footprint);
      if (atLoad.ours || later.ours || later.highlights || later.sheets)
        changed.push(`${slug}: ${JSON.stringify(later)}`);
      else if (later.elements !== atLoad.elements || later.size !== atLoad.size) changed.push(`${slug}: layout moved`);
    }
    expect(changed).toEqual([]);
    expect(errors).toEqual([]);
  },
);

import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { noteLabels, recordRequests, waitForNotes } from './notes-helpers';

// A report in another language gets notes linked to the English pack, and the service worker reads that
// language's bilingual lexicon only then: an English page loads none (issue 17). The German page is the real
// RTL.de excerpt of ../shared/fixtures/reporting (a development article), served at a newsroom address.

const UNIAN = '000_5f6fa893fbc90bad';
const reporting = path.resolve('..', 'shared', 'fixtures', 'reporting');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function germanPage(): string {
  const { text } = JSON.parse(fs.readFileSync(path.join(reporting, 'leak-rtl-de-telefonat-video.json'), 'utf8')) as {
    text: string;
  };
  const paragraphs = text
    .split(/\n+/)
    .filter((p) => p.trim())
    .map((p) => `<p>${escape(p.trim())}</p>`)
    .join('\n');
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Brisante Enthüllung über Trump und Putin</title>
<style>article { max-width: 40rem; margin: 0 auto; font: 18px/1.5 serif }</style></head>
<body><main><article><h1>Brisante Enthüllung über Trump und Putin</h1>${paragraphs}</article></main></body></html>`;
}

const bilingualRead = (resources: string[]) => resources.filter((u) => /\/engine\/bilingual-/.test(u));

test.runIf(fs.existsSync(reporting))(
  'a German report gets notes; the worker reads the German lexicon for it, and none for an English page',
  async ({ context, newsroom, page, visit }) => {
    // Every request of the browser context, the service worker's reads of the extension's files among them.
    const requests = recordRequests(context);
    await visit(newsroom.pages.find((p) => p.articleId === UNIAN)!.path);
    expect(await waitForNotes(page)).toBeGreaterThan(10);
    expect(bilingualRead(requests)).toEqual([]);

    const at = new URL('/de/telefonat-witkoff-uschakow', newsroom.url).href;
    await page.route(at, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: germanPage() }));
    await visit(new URL(at).pathname);
    expect(await waitForNotes(page)).toBeGreaterThan(0);
    await expect.poll(() => bilingualRead(requests)).toEqual([expect.stringMatching(/\/engine\/bilingual-de\.txt$/)]);
    // Uschakow's "did not deny" sentence is linked to the English passages that report it.
    // Polled: on a busy machine the rows can still be coming in when the first note is drawn.
    await expect
      .poll(async () => (await noteLabels(page)).some((l) => l.includes('Dass dieses Telefonat so stattgefunden hat')))
      .toBe(true);
  },
);

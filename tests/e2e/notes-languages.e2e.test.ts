import { expect, test } from './fixtures';
import { noteLabels, recordRequests, waitForNotes } from './notes-helpers';
import { hasReporting, serveGermanReport } from './reporting-pages';

// A report in another language gets notes linked to the English pack, and the service worker reads that
// language's bilingual lexicon only then: an English page loads none (issue 17). The German page is the real
// RTL.de excerpt of ../shared/fixtures/reporting (a development article), served at a newsroom address.

const UNIAN = '000_5f6fa893fbc90bad';
const bilingualRead = (resources: string[]) => resources.filter((u) => /\/engine\/bilingual-/.test(u));

test.runIf(hasReporting)(
  'a German report gets notes; the worker reads the German lexicon for it, and none for an English page',
  async ({ context, newsroom, page, visit }) => {
    // Every request of the browser context, the service worker's reads of the extension's files among them.
    const requests = recordRequests(context);
    await visit(newsroom.pages.find((p) => p.articleId === UNIAN)!.path);
    expect(await waitForNotes(page)).toBeGreaterThan(10);
    expect(bilingualRead(requests)).toEqual([]);

    await visit(await serveGermanReport(page, newsroom, '/de/telefonat-witkoff-uschakow'));
    expect(await waitForNotes(page)).toBeGreaterThan(0);
    await expect.poll(() => bilingualRead(requests)).toEqual([expect.stringMatching(/\/engine\/bilingual-de\.txt$/)]);
    // Uschakow's "did not deny" sentence is linked to the English passages that report it.
    // Polled: on a busy machine the rows can still be coming in when the first note is drawn.
    await expect
      .poll(async () => (await noteLabels(page)).some((l) => l.includes('Dass dieses Telefonat so stattgefunden hat')))
      .toBe(true);
  },
);

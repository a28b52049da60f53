// The words a person sees in Sidelight's UI, checked in one browser language per e2e file (ui-language-*.e2e):
// the browser's `--lang` picks the catalogue (public/_locales), so the rail, a note and the popup must all speak
// it, and a German report's note names its English passage's language in it too.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { expect, test } from './fixtures';
import type { Newsroom } from './fixtures';
import { notesRoot, waitForNotes } from './notes-helpers';
import { hasReporting, serveGermanReport } from './reporting-pages';
import { popupFor } from './tabs';

/** What each language must show: exact words where they are fixed, patterns where a count or title varies. */
export interface Words {
  legend: string;
  rowLabel: RegExp;
  relation: RegExp;
  detailHead: RegExp;
  openIn: RegExp;
  inEnglish: string;
  popupStories: string;
  popupClaimsLinked: RegExp;
  popupPause: string;
  settingsHeading: string;
  /** The `lang` Sidelight's pages mark their words with. */
  popupLang: string;
  /** The stories page refusing a pack file with a bad address, the field named as in the file. */
  importError: string;
  /** The stories page refusing a file that is not JSON, at the line and column where it stops being JSON. */
  syntaxError: string;
  /** The library refusing a Hypothesis export with a date not on the calendar. */
  libraryImportError: string;
}

export const WORDS_EN: Words = {
  legend: 'What the marks mean',
  rowLabel: /^Claim “.+”\. \d+ other sources?: /,
  relation: /^(same claim|probably the same claim|copy)$/,
  detailHead: /^\d+ other sources? reports? this$/,
  openIn: /^Open in .+ at this passage \(new tab\)$/,
  inEnglish: 'in English',
  popupStories: 'Stories',
  popupClaimsLinked: /^\d+ of \d+ claims reported by other sources\.$/,
  popupPause: 'Pause everywhere',
  settingsHeading: 'Sidelight settings',
  popupLang: 'en',
  importError: 'Not imported: bad.json: articles[1].url: must be an http(s) address',
  syntaxError: 'Not imported: broken.json: (json): not valid JSON at line 4, column 3',
  libraryImportError:
    'Import rejected, nothing was written. annotations[1].created: 2025-02-30T10:00:00+00:00: February 2025 has no day 30',
};

export const WORDS_UK: Words = {
  legend: 'Що означають позначки',
  rowLabel: /^Твердження «.+»\. \d+ інш(е|і|их) джерел?[оа]?: /,
  relation: /^(те саме твердження|імовірно, те саме твердження|копія)$/,
  detailHead: /^\d+ інш(е|і|их) джерел?[оа]? повідомля(є|ють) про це$/,
  openIn: /^Відкрити в .+ на цьому уривку \(нова вкладка\)$/,
  inEnglish: 'англійською',
  popupStories: 'Сюжети',
  popupClaimsLinked: /^Про \d+ з \d+ тверджен(ня|ь) повідомляють інші джерела\.$/,
  popupPause: 'Призупинити всюди',
  settingsHeading: 'Налаштування Sidelight',
  popupLang: 'uk',
  importError: 'Не імпортовано: bad.json: articles[1].url: має бути адреса http(s)',
  syntaxError: 'Не імпортовано: broken.json: (json): недійсний JSON у рядку 4, позиція 3',
  libraryImportError:
    'Імпорт відхилено, нічого не записано. annotations[1].created: 2025-02-30T10:00:00+00:00: лютий 2025 року не має 30-го дня',
};

export const WORDS_DE: Words = {
  legend: 'Was die Zeichen bedeuten',
  rowLabel: /^Aussage „.+“\. \d+ andere Quellen?: /,
  relation: /^(dieselbe Aussage|wahrscheinlich dieselbe Aussage|Kopie)$/,
  detailHead: /^\d+ andere Quellen? berichten? das$/,
  openIn: /^In .+ öffnen – an dieser Passage \(neuer Tab\)$/,
  inEnglish: 'auf Englisch',
  popupStories: 'Storys',
  popupClaimsLinked: /^\d+ von \d+ Aussagen? von anderen Quellen berichtet\.$/,
  popupPause: 'Überall pausieren',
  settingsHeading: 'Sidelight-Einstellungen',
  popupLang: 'de',
  importError: 'Nicht importiert: bad.json: articles[1].url: muss eine http(s)-Adresse sein',
  syntaxError: 'Nicht importiert: broken.json: (json): kein gültiges JSON in Zeile 4, Spalte 3',
  libraryImportError:
    'Import abgelehnt, nichts wurde geschrieben. annotations[1].created: 2025-02-30T10:00:00+00:00: der Februar 2025 hat keinen 30. Tag',
};

const UNIAN = '000_5f6fa893fbc90bad';

/** The seed article's notes: the rail's key, a row's label, and a reported note's detail. */
async function checkNotes(page: Page, newsroom: Newsroom, visit: (p: string) => Promise<Page>, w: Words) {
  await visit(newsroom.pages.find((p) => p.articleId === UNIAN)!.path);
  await waitForNotes(page);
  const notes = notesRoot(page);
  await expect.poll(() => notes.getByTestId('legend-button').first().textContent()).toBe(w.legend);
  const reported = notes.locator('[data-testid="note"]:not(.unreported)').first();
  expect(await reported.getAttribute('data-label')).toMatch(w.rowLabel);
  await reported.click();
  const detail = notes.getByTestId('note-detail');
  await expect.poll(() => detail.locator('.detail-head').textContent()).toMatch(w.detailHead);
  expect(await detail.locator('.relation').first().textContent()).toMatch(w.relation);
  expect(await detail.getByTestId('note-link').first().textContent()).toMatch(w.openIn);
  // The page is in English as its passages are: no language is named.
  expect(await detail.getByTestId('note-language').count()).toBe(0);
}

/** The popup for the seed page: its headings, counts and switches. */
async function checkPopup(context: BrowserContext, worker: Worker, extensionId: string, page: Page, w: Words) {
  const popup = await popupFor(context, worker, extensionId, page);
  expect(await popup.locator('#stories-heading').textContent()).toBe(w.popupStories);
  await expect.poll(() => popup.getByTestId('claims-linked').textContent()).toMatch(w.popupClaimsLinked);
  expect(await popup.getByTestId('pause').locator('xpath=..').textContent()).toContain(w.popupPause);
  // The settings page it links to: its heading, and the language its words are marked as being in.
  await popup.goto(`chrome-extension://${extensionId}/options.html`);
  await expect.poll(() => popup.locator('h1').textContent()).toBe(w.settingsHeading);
  expect(await popup.evaluate(() => [document.documentElement.lang, document.title])).toEqual([
    w.popupLang,
    w.settingsHeading,
  ]);
  // The stories page refuses a malformed pack, naming the field in the reader's words.
  await popup.goto(`chrome-extension://${extensionId}/stories.html`);
  const article = (n: number) => ({ id: `a${n}`, outlet: 'O', url: 'https://o.example/a', language: 'en', text: 'T' });
  const bad = {
    format: 'sidelight-story-pack',
    version: 1,
    story: { id: 'bad', title: 'Bad' },
    articles: [article(0), { ...article(1), url: 'ftp://o.example/b' }],
  };
  const buffer = Buffer.from(JSON.stringify(bad));
  await popup.getByTestId('import-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer });
  await expect.poll(() => popup.getByTestId('import-error').textContent()).toBe(w.importError);
  // A file that is not JSON: where it stops being JSON, not the browser's English message.
  const broken = '{\n  "format": "sidelight-story-pack",\n  "version": 1\n  "story": {}\n}';
  const brokenFile = { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) };
  await popup.getByTestId('import-file').setInputFiles(brokenFile);
  await expect.poll(() => popup.getByTestId('import-error').textContent()).toBe(w.syntaxError);
  // The library refuses a Hypothesis export with a date not on the calendar, naming it in the reader's words.
  await popup.goto(`chrome-extension://${extensionId}/library.html`);
  const hypothesis = JSON.parse(readFileSync('tests/fixtures/highlights/hypothesis-export.json', 'utf8'));
  hypothesis.annotations[1].created = '2025-02-30T10:00:00+00:00';
  const file = {
    name: 'hypothesis.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(hypothesis)),
  };
  await popup.getByTestId('library-import').setInputFiles(file);
  await expect.poll(() => popup.getByTestId('library-status').textContent()).toBe(w.libraryImportError);
  await popup.close();
}

/** A German report (the real RTL.de excerpt in ../shared/fixtures/reporting), its notes linking English passages:
 *  each such passage is named "in English" in the reader's language. */
async function checkPassageLanguage(page: Page, newsroom: Newsroom, visit: (p: string) => Promise<Page>, w: Words) {
  await visit(await serveGermanReport(page, newsroom, '/de/ui-language-telefonat'));
  await waitForNotes(page);
  const notes = notesRoot(page);
  const reported = notes.locator('[data-testid="note"]:not(.unreported)').first();
  await reported.waitFor();
  await reported.click();
  const language = notes.getByTestId('note-detail').getByTestId('note-language').first();
  await expect.poll(() => language.textContent()).toBe(w.inEnglish);
}

/** One browser language's e2e file: Chromium started with `--lang`, the notes, the popup and a passage's language. */
export function uiLanguageTests(lang: string, words: Words) {
  test.override({ browserOptions: { viewport: { width: 1920, height: 900 }, colorScheme: 'light', lang } });

  test(`the notes and the popup speak the browser's language (${lang})`, async ({
    context,
    serviceWorker,
    extensionId,
    newsroom,
    page,
    visit,
  }) => {
    await checkNotes(page, newsroom, visit, words);
    await checkPopup(context, serviceWorker, extensionId, page, words);
  });

  test.runIf(hasReporting)(
    `a passage in another language than the page is named in the browser's language (${lang})`,
    async ({ newsroom, page, visit }) => {
      await checkPassageLanguage(page, newsroom, visit, words);
    },
  );
}

// Real excerpts of ../shared/fixtures/reporting served as pages of the demo newsroom, for the tests of reporting
// in other languages. Tests that use them skip when ../shared is absent.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Newsroom } from './fixtures';

const reporting = path.resolve('..', 'shared', 'fixtures', 'reporting');
export const hasReporting = fs.existsSync(reporting);

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The real RTL.de excerpt (a development article) as a German news page. */
function germanReport(): string {
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

/** Serves the German report at a newsroom address and returns that address's path, to visit. */
export async function serveGermanReport(page: Page, newsroom: Newsroom, pathname: string): Promise<string> {
  const at = new URL(pathname, newsroom.url).href;
  await page.route(at, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: germanReport() }));
  return new URL(at).pathname;
}

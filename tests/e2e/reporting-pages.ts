// Real excerpts of ../shared/fixtures/reporting served as pages of the demo newsroom: each line of the excerpt a
// paragraph, page chrome and all, as a reader would meet it. Tests that use them skip when ../shared is absent.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Newsroom } from './fixtures';

const reporting = path.resolve('..', 'shared', 'fixtures', 'reporting');
export const hasReporting = fs.existsSync(reporting);

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An excerpt's text as the fixture stores it (the text `npm run eval` aligns). */
function reportText(id: string): string {
  return (JSON.parse(fs.readFileSync(path.join(reporting, `${id}.json`), 'utf8')) as { text: string }).text;
}

/** A real report to serve: its excerpt's id, the page's title and language, and a headline above the excerpt
 *  (the excerpts begin with whatever the page showed first, often not the headline). */
export interface Report {
  id: string;
  title: string;
  lang: string;
  headline?: string;
}

/** A news page of the excerpt, in a column narrow enough for the notes' rail beside it. */
function reportPage({ id, title, lang, headline }: Report): string {
  const paragraphs = reportText(id)
    .split(/\n+/)
    .filter((p) => p.trim())
    .map((p) => `<p>${escape(p.trim())}</p>`)
    .join('\n');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>article { max-width: 40rem; margin: 0 auto; font: 18px/1.5 serif }</style></head>
<body><main><article>${headline ? `<h1>${escape(headline)}</h1>` : ''}${paragraphs}</article></main></body></html>`;
}

/** Serves a report at a newsroom address and returns that address's path, to visit. */
export async function serveReport(page: Page, newsroom: Newsroom, pathname: string, report: Report): Promise<string> {
  const at = new URL(pathname, newsroom.url).href;
  const body = reportPage(report);
  await page.route(at, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
  return new URL(at).pathname;
}

/** Serves the real RTL.de excerpt (a development article) as a German news page. */
export function serveGermanReport(page: Page, newsroom: Newsroom, pathname: string): Promise<string> {
  const title = 'Brisante Enthüllung über Trump und Putin';
  return serveReport(page, newsroom, pathname, {
    id: 'leak-rtl-de-telefonat-video',
    title,
    lang: 'de',
    headline: title,
  });
}

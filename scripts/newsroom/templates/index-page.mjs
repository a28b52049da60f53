// The newsroom's front door: every page it serves, grouped by kind, with the seed articles' original
// addresses, and a link to the real-page fixtures when they are present.
import { html } from '../html.mjs';

/** @param {{ storyTitle: string, articles: import('../pages.mjs').ArticlePage[], realPages: string[] | null }} data */
export function renderIndex({ storyTitle, articles, realPages }) {
  const seeds = articles.filter((p) => p.kind === 'seed');
  const others = articles.filter((p) => p.kind === 'unrelated');
  const row = (/** @type {import('../pages.mjs').ArticlePage} */ p) =>
    html`<li>
      <span class="outlet outlet--${p.outlet.key}">${p.outlet.name}</span>
      <a href="${p.path}">${p.headline}</a>
      <code>${p.path}</code>
      ${p.sourceUrl && html`<a class="source" href="${p.sourceUrl}" rel="noreferrer">original</a>`}
    </li>`;
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Sidelight demo newsroom</title>
        <link rel="stylesheet" href="/static/index.css" />
      </head>
      <body>
        <main>
          <h1>Sidelight demo newsroom</h1>
          <p>
            Local pages for trying Sidelight and for its end-to-end tests. Nothing here loads anything from outside this
            machine.
          </p>
          <h2>Seed articles of the embedded story: ${storyTitle}</h2>
          <ul class="pages">
            ${seeds.map(row)}
          </ul>
          <h2>Unrelated stories (Sidelight must stay silent)</h2>
          <ul class="pages">
            ${others.map(row)}
          </ul>
          <h2>Real pages</h2>
          ${
            realPages
              ? html`<p>
                  <a href="/real/">${realPages.length} saved real pages</a> from Mozilla Readability’s test suite.
                </p>`
              : html`<p>The real-page fixtures (../shared/fixtures/real-pages) are not present on this machine.</p>`
          }
        </main>
      </body>
    </html> `;
}

/** The list of real-page fixtures under /real/. */
export function renderRealIndex(slugs) {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>Real pages – Sidelight demo newsroom</title>
        <link rel="stylesheet" href="/static/index.css" />
      </head>
      <body>
        <main>
          <h1>Real pages</h1>
          <p><a href="/">← demo newsroom</a>. Saved as they were; their scripts and remote resources are blocked.</p>
          <ul class="real">
            ${slugs.map((s) => html`<li><a href="/real/${s}/">${s}</a></li>`)}
          </ul>
        </main>
      </body>
    </html> `;
}

// A hostile page, for the end-to-end test of issue 18 (tests/e2e/hostile-page.e2e.test.ts): it names another
// site's page as its rel=canonical, as a clone or a phishing page would, and its script (static/test/) tries
// to read the reader's highlights filed under that address and to plant one there. It is not linked from the
// index and is not one of the newsroom's pages: it is served at /test/hostile-canonical?canonical=<address>.
import { html } from '../html.mjs';

/** @param {string} canonical an http(s) address on another site */
export function renderHostileCanonical(canonical) {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>Account notice</title>
        <link rel="canonical" href="${canonical}" />
        <script src="/static/test/hostile-canonical.js" defer></script>
      </head>
      <body>
        <main>
          <h1>Account notice</h1>
          <p id="plant">
            Transfer the full balance of your savings account to account 12345 before Friday to avoid a closure fee.
          </p>
          <p>
            This notice was generated automatically. Our support team is available around the clock to answer any
            question about your account, your statements or the transfer.
          </p>
        </main>
      </body>
    </html>`;
}

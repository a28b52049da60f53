// Pieces every outlet template shares: the document head (meta tags, structured data, a data-layer stub), the
// article body with clutter woven between its paragraphs, the lead picture and the cookie banner. Each outlet
// still writes its own page skeleton and class names; real sites differ most there.
import { html, jsonScript } from '../html.mjs';

/** @typedef {import('../pages.mjs').ArticlePage} ArticlePage */
/** @typedef {import('../html.mjs').Html} Html */

/** `<head>` content for an article page: title, canonical, Open Graph, article meta, JSON-LD, stylesheet. */
export function articleHead(
  /** @type {ArticlePage} */ page,
  /** @type {string} */ origin,
  /** @type {string} */ title,
) {
  const canonical = new URL(page.path, origin).href;
  const image = new URL(page.image, origin).href;
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: page.headline,
    datePublished: page.published || undefined,
    author: { '@type': page.byline === page.outlet.name ? 'Organization' : 'Person', name: page.byline },
    publisher: { '@type': 'Organization', name: page.outlet.name },
    mainEntityOfPage: canonical,
    image: [image],
    articleSection: page.section,
  };
  return html`<meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <meta name="description" content="${page.description}" />
    <link rel="canonical" href="${canonical}" />
    <meta property="og:site_name" content="${page.outlet.name}" />
    <meta property="og:type" content="article" />
    <meta property="og:title" content="${page.headline}" />
    <meta property="og:description" content="${page.description}" />
    <meta property="og:url" content="${canonical}" />
    <meta property="og:image" content="${image}" />
    ${page.published && html`<meta property="article:published_time" content="${page.published}" />`}
    <meta property="article:section" content="${page.section}" />
    ${page.tags.map((tag) => html`<meta property="article:tag" content="${tag}" />`)}
    <meta name="author" content="${page.byline}" />
    <meta name="twitter:card" content="summary_large_image" />
    <link rel="stylesheet" href="${page.outlet.stylesheet}" />
    <link rel="icon" href="/static/img/favicon-${page.outlet.key}.svg" type="image/svg+xml" />
    <script type="application/ld+json">
      ${jsonScript(ld)}
    </script>
    <script>
      window.dataLayer = window.dataLayer || [];
      window.dataLayer.push(${jsonScript({ pageType: 'article', section: page.section, outlet: page.outlet.key })});
    </script>
    <script src="/static/site.js" defer></script>`;
}

/**
 * The article's paragraphs and sub-headings, with `inserts[n]` placed after the n-th paragraph (1-based), the
 * way real sites wedge "read also" links, ads and promos into the body.
 * @param {import('../pack.mjs').Block[]} blocks
 * @param {Record<number, Html>} inserts
 */
export function bodyBlocks(blocks, inserts = {}) {
  let paragraphs = 0;
  return blocks.map((block) => {
    if (block.kind === 'h2') return html`<h2>${block.text}</h2>`;
    paragraphs += 1;
    return html`<p>${block.text}</p>
      ${inserts[paragraphs]}`;
  });
}

/** Where the n-th of `count` inserts goes in an article of `paragraphs` paragraphs: spread evenly, never last. */
export function insertPoints(paragraphs, count) {
  const points = [];
  for (let i = 1; i <= count; i += 1) points.push(Math.max(1, Math.round((paragraphs * i) / (count + 1))));
  return points;
}

/** Number of paragraphs (not sub-headings) of a page. */
export function paragraphCount(page) {
  return page.blocks.filter((b) => b.kind === 'p').length;
}

/** The lead picture: a local placeholder, never a remote image. */
export function leadFigure(page, className) {
  return html`<figure class="${className}">
    <img src="${page.image}" alt="${page.caption}" width="1200" height="675" loading="eager" />
    <figcaption>${page.caption}</figcaption>
  </figure>`;
}

/** A placeholder ad slot: a labelled, sized box, as ad servers leave before they fill. */
export function adSlot(className, label = 'Advertisement') {
  return html`<div class="${className}" data-ad-slot="${className}" aria-label="${label}"><span>${label}</span></div>`;
}

/** The cookie banner and its script; it only changes the page when a reader clicks one of its buttons. */
export function cookieBanner(outletName, className) {
  return html`<div id="cookie-consent" class="${className}" role="dialog" aria-label="Cookie consent">
      <p>
        ${outletName} and our partners use cookies to store and access information on your device, to measure audiences
        and to show personalised advertising. You can change your choice at any time in Cookie settings.
      </p>
      <div class="consent-buttons">
        <button type="button" data-consent="necessary">Only necessary</button>
        <button type="button" data-consent="all">Accept all</button>
      </div>
    </div>
    <script>
      (function () {
        var banner = document.getElementById('cookie-consent');
        if (!banner) return;
        try {
          if (window.localStorage.getItem('consent')) banner.hidden = true;
        } catch (e) {}
        banner.addEventListener('click', function (event) {
          var choice = event.target.closest('[data-consent]');
          if (!choice) return;
          try {
            window.localStorage.setItem('consent', choice.getAttribute('data-consent'));
          } catch (e) {}
          banner.hidden = true;
        });
      })();
    </script>`;
}

/** Share buttons; they copy the link instead of calling out to social networks, as nothing may leave 127.0.0.1. */
export function shareButtons(className, networks = ['Facebook', 'X', 'Telegram', 'Email']) {
  return html`<div class="${className}" data-share>
    ${networks.map((n) => html`<button type="button" class="share-${n.toLowerCase()}" data-network="${n}" title="Share on ${n}">${n}</button>`)}
    <button type="button" class="share-copy" data-network="copy" title="Copy link">Copy link</button>
  </div>`;
}

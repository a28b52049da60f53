// UNIAN: a news agency layout modelled on agency and broadcaster pages (bbc-1, cnn in the real-page fixtures):
// a dense header with rates and language switch, breadcrumbs, a ~700px article column with "Read also" lines
// and an ad inside the text, and a right rail with the latest items.
import { html } from '../html.mjs';
import { formatDate } from '../dates.mjs';
import {
  adSlot,
  articleHead,
  bodyBlocks,
  cookieBanner,
  insertPoints,
  leadFigure,
  paragraphCount,
  shareButtons,
} from './parts.mjs';

const logo = html`<svg class="logo__mark" viewBox="0 0 120 32" width="120" height="32" role="img" aria-label="UNIAN">
  <rect width="32" height="32" rx="4" fill="#e31e24" />
  <path d="M9 8v10a7 7 0 0 0 14 0V8h-4v10a3 3 0 0 1-6 0V8z" fill="#fff" />
  <text x="40" y="24" font-family="Arial, sans-serif" font-size="22" font-weight="700" fill="#fff">UNIAN</text>
</svg>`;

function readAlso(link) {
  return html`<p class="read-also"><strong>Read also</strong> <a href="${link.path}">${link.title}</a></p>`;
}

function comments(page) {
  return html`<section class="comments" id="comments">
    <h3 class="comments__title">Comments <span>${page.comments.length}</span></h3>
    <ul class="comments__list">
      ${page.comments.map(
        (c) =>
          html`<li class="comment">
            <div class="comment__head"><b>${c.name}</b> <span>${c.when}</span></div>
            <p>${c.text}</p>
            <div class="comment__actions"><button type="button">Reply</button> <button type="button">▲ 0</button></div>
          </li>`,
      )}
    </ul>
    <form class="comments__form" data-demo-form action="#comments" method="post">
      <textarea name="comment" rows="3" placeholder="Your comment"></textarea>
      <button type="submit">Send</button>
      <p data-thanks hidden>Thank you! Your comment will appear after moderation.</p>
    </form>
  </section>`;
}

/** Renders an article page in UNIAN's look. */
export function renderUnian(page, { origin }) {
  const { outlet } = page;
  const [first, second, third] = insertPoints(paragraphCount(page), 3);
  const inserts = {
    [first]: page.readAlso[0] && readAlso(page.readAlso[0]),
    [second]: adSlot('ad ad--inline'),
    [third]: page.readAlso[1] && readAlso(page.readAlso[1]),
  };
  return html`<!doctype html>
    <html lang="${page.lang}">
      <head>
        ${articleHead(page, origin, `${page.headline} | ${outlet.name}`)}
      </head>
      <body class="unian page-article">
        <div class="topline">
          <div class="container topline__inner">
            <span class="rates">USD 41.95 <i>▲</i> EUR 48.42 <i>▼</i></span>
            <span class="langs"><a href="#ua">UA</a> <a href="#ru">RU</a> <b>EN</b></span>
          </div>
        </div>
        <header class="header">
          <div class="container header__inner">
            <a class="logo" href="${outlet.home}">${logo}</a>
            <nav class="menu" aria-label="Sections">
              <ul>
                ${outlet.nav.map((item) => html`<li class="${item === page.section ? 'active' : ''}"><a href="#${item.toLowerCase()}">${item}</a></li>`)}
              </ul>
            </nav>
            <button class="header__search" type="button" aria-label="Search">⌕</button>
          </div>
        </header>
        <div class="container">
          ${adSlot('ad ad--billboard')}
          <div class="page-grid">
            <main class="main-column">
              <ol class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
                <li><a href="${outlet.home}">${outlet.name}</a></li>
                <li><a href="#${page.section.toLowerCase()}">${page.section}</a></li>
              </ol>
              <article class="article" itemscope itemtype="https://schema.org/NewsArticle">
                <h1 class="article__title" itemprop="headline">${page.headline}</h1>
                <div class="article__info">
                  <time datetime="${page.published}" itemprop="datePublished"
                    >${formatDate(page.published, 'dmy')}</time
                  >
                  <span class="article__author"
                    >Author: <a rel="author" href="#author" itemprop="author">${page.byline}</a></span
                  >
                </div>
                ${page.standfirst && html`<p class="article__lead">${page.standfirst}</p>`}
                ${shareButtons('share share--top')} ${leadFigure(page, 'article__photo')}
                <div class="article-text" itemprop="articleBody">${bodyBlocks(page.blocks, inserts)}</div>
                <div class="article__tags">
                  ${page.tags.map((tag) => html`<a class="tag" href="#tag-${tag.replace(/\s+/g, '-')}">${tag}</a>`)}
                </div>
                ${shareButtons('share share--bottom')}
                <p class="article__hint">If you notice an error, select the required text and press Ctrl+Enter.</p>
                <div class="promo-telegram">Subscribe to UNIAN on Telegram: only the most important, 24/7</div>
              </article>
              ${comments(page)}
            </main>
            <aside class="sidebar">
              ${adSlot('ad ad--mpu')}
              <section class="widget widget--latest">
                <h3 class="widget__title">Latest</h3>
                <ul>
                  ${outlet.mostRead.map((link, i) => html`<li><time>${String(21 - i).padStart(2, '0')}:${String((i * 17) % 60).padStart(2, '0')}</time> <a href="${link.path}">${link.title}</a></li>`)}
                </ul>
              </section>
              <section class="widget widget--newsletter">
                <h3 class="widget__title">The day in brief</h3>
                <p>The main stories of the day in your inbox every evening.</p>
                <form data-demo-form action="#newsletter" method="post">
                  <input type="email" name="email" placeholder="Your e-mail" aria-label="E-mail" />
                  <button type="submit">Subscribe</button>
                  <p data-thanks hidden>Thank you for subscribing!</p>
                </form>
              </section>
              ${adSlot('ad ad--half-page')}
            </aside>
          </div>
        </div>
        <footer class="footer">
          <div class="container footer__inner">
            <a class="logo" href="${outlet.home}">${logo}</a>
            <ul class="footer__links">
              ${outlet.footer.map((item) => html`<li><a href="#${item.toLowerCase().replace(/\s+/g, '-')}">${item}</a></li>`)}
            </ul>
            <p class="footer__copy">
              © 1993–2025 UNIAN. All rights reserved. Citing and using any materials on the Internet is allowed provided
              there is a hyperlink to the agency’s site.
            </p>
          </div>
        </footer>
        ${cookieBanner(outlet.name, 'consent consent--bar')}
      </body>
    </html> `;
}

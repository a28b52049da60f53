// Capital Post: a British broadsheet layout modelled on guardian-1, telegraph and wapo-1 in the real-page
// fixtures: a centred serif masthead, a kicker above the headline, a ~660px text column with an inline
// "Related" box, an in-read ad and a newsletter promo, and a right rail with "Most read".
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

function relatedBox(link) {
  return html`<aside class="cp-inline-related">
    <span class="cp-inline-related__label">Related</span>
    <a href="${link.path}">${link.title}</a>
  </aside>`;
}

const newsletterPromo = html`<div class="cp-newsletter-inline">
  <strong>The Politics Briefing</strong>
  <span>Our correspondents’ essential guide to the week in Westminster and beyond, every Friday.</span>
  <a class="cp-button" href="#newsletters">Sign up</a>
</div>`;

function comments(page) {
  return html`<section class="cp-comments" id="comments">
    <h2>Comments <span>(${page.comments.length})</span></h2>
    <p class="cp-comments__rules">
      Join the conversation. Please keep comments respectful and on topic.
      <a href="#community-rules">Community rules</a>
    </p>
    ${page.comments.map(
      (c) =>
        html`<div class="cp-comment">
          <span class="cp-comment__avatar" aria-hidden="true">${c.name.slice(0, 1)}</span>
          <div>
            <div class="cp-comment__meta"><b>${c.name}</b> · ${c.when}</div>
            <p>${c.text}</p>
            <div class="cp-comment__tools">
              <button type="button">Reply</button><button type="button">Recommend</button
              ><button type="button">Report</button>
            </div>
          </div>
        </div>`,
    )}
    <button type="button" class="cp-button cp-button--ghost">View more comments</button>
  </section>`;
}

/** Renders an article page in Capital Post's look. */
export function renderCapitalPost(page, { origin }) {
  const { outlet } = page;
  const [first, second, third] = insertPoints(paragraphCount(page), 3);
  const inserts = {
    [first]: page.readAlso[0] && relatedBox(page.readAlso[0]),
    [second]: adSlot('cp-ad cp-ad--inread'),
    [third]: newsletterPromo,
  };
  const kicker = page.kind === 'seed' ? ['Politics', page.section] : [page.section];
  return html`<!doctype html>
    <html lang="${page.lang}">
      <head>
        ${articleHead(page, origin, `${page.headline} - ${outlet.name}`)}
      </head>
      <body class="cp">
        <a class="cp-skip" href="#article">Skip to main content</a>
        <div class="cp-topbar">
          <span>${formatDate(page.published, 'dmy', { time: false })}</span>
          <span class="cp-topbar__actions"
            ><a href="#subscribe" class="cp-subscribe">Subscribe</a> <a href="#sign-in">Sign in</a></span
          >
        </div>
        <header class="cp-masthead">
          <a class="cp-logo" href="${outlet.home}">The Capital Post</a>
          <p class="cp-tagline">Independent journalism since 1998</p>
        </header>
        <nav class="cp-nav" aria-label="Main">
          <button type="button" class="cp-nav__toggle" data-menu-toggle aria-controls="cp-menu" aria-expanded="false">
            Menu
          </button>
          <ul id="cp-menu">
            ${outlet.nav.map((item) => html`<li><a href="#${item.toLowerCase()}" class="${kicker.includes(item) ? 'is-current' : ''}">${item}</a></li>`)}
          </ul>
        </nav>
        ${adSlot('cp-ad cp-ad--leaderboard')}
        <div class="cp-main">
          <div class="cp-grid">
            <article class="cp-article" id="article">
              <header class="cp-article__header">
                <p class="cp-kicker">
                  ${kicker.map((k, i) => html`${i > 0 && ' / '}<a href="#${k.toLowerCase().replace(/\s+/g, '-')}">${k}</a>`)}
                </p>
                <h1 class="cp-headline">${page.headline}</h1>
                ${page.standfirst && html`<p class="cp-standfirst">${page.standfirst}</p>`}
                <div class="cp-byline">
                  <span class="cp-byline__avatar" aria-hidden="true"></span>
                  <span>By <a rel="author" class="author" href="#author">${page.byline}</a></span>
                  <time datetime="${page.published}">${formatDate(page.published, 'dmy')}</time>
                </div>
                ${shareButtons('cp-share', ['Facebook', 'X', 'LinkedIn', 'Email'])}
              </header>
              ${leadFigure(page, 'cp-lead')}
              <div class="cp-article__body" itemprop="articleBody">${bodyBlocks(page.blocks, inserts)}</div>
              <footer class="cp-article__footer">
                <p class="cp-topics">
                  Topics:
                  ${page.tags.map((tag) => html`<a href="#topic-${tag.toLowerCase().replace(/\s+/g, '-')}">${tag}</a>`)}
                </p>
                ${shareButtons('cp-share cp-share--end', ['Facebook', 'X', 'Email'])}
              </footer>
            </article>
            <aside class="cp-rail">
              ${adSlot('cp-ad cp-ad--mpu')}
              <section class="cp-most-read">
                <h2>Most read</h2>
                <ol>
                  ${outlet.mostRead.map((link) => html`<li><a href="${link.path}">${link.title}</a></li>`)}
                </ol>
              </section>
              <section class="cp-newsletter">
                <h2>Morning Briefing</h2>
                <p>Start your day with the stories that matter, free to your inbox.</p>
                <form data-demo-form action="#newsletter" method="post">
                  <input type="email" name="email" placeholder="Email address" aria-label="Email address" />
                  <button type="submit" class="cp-button">Sign up</button>
                  <p data-thanks hidden>Thanks! Check your inbox to confirm.</p>
                </form>
              </section>
              ${adSlot('cp-ad cp-ad--sticky')}
            </aside>
          </div>
          ${comments(page)}
        </div>
        <footer class="cp-footer">
          <a class="cp-logo cp-logo--small" href="${outlet.home}">The Capital Post</a>
          <ul>
            ${outlet.footer.map((item) => html`<li><a href="#${item.toLowerCase().replace(/\s+/g, '-')}">${item}</a></li>`)}
          </ul>
          <p>© 2025 Capital Post Media Ltd. Registered in England and Wales.</p>
        </footer>
        ${cookieBanner(outlet.name, 'cp-consent')}
      </body>
    </html> `;
}

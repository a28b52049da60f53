// Insider: a WordPress news theme (insider.uk.com serves posts as /?p=ID), modelled on the WordPress pages of
// the real-page fixtures (wordpress, royal-road, tmz-1): #page/#masthead/#primary/#secondary, an
// .entry-content with ad-inserter code blocks and a Jetpack-style sharing and related-posts block inside it,
// post navigation and a comment list with a reply form.
import { html } from '../html.mjs';
import { formatDate } from '../dates.mjs';
import { adSlot, articleHead, bodyBlocks, cookieBanner, insertPoints, leadFigure, paragraphCount } from './parts.mjs';

const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function sharing() {
  const networks = ['Facebook', 'X', 'LinkedIn', 'Reddit', 'Print'];
  return html`<div class="sharedaddy sd-sharing-enabled">
    <div class="robots-nocontent sd-block sd-social">
      <h3 class="sd-title">Share this:</h3>
      <ul class="sd-content">
        ${networks.map(
          (n) =>
            html`<li class="share-${slug(n)}">
              <button type="button" class="sd-button" data-network="${n}"><span>${n}</span></button>
            </li>`,
        )}
      </ul>
    </div>
  </div>`;
}

function relatedPosts(links) {
  return html`<div id="jp-relatedposts" class="jp-relatedposts">
    <h3 class="jp-relatedposts-headline"><em>Related</em></h3>
    ${links.map((l) => html`<div class="jp-relatedposts-post"><a class="jp-relatedposts-post-a" href="${l.path}">${l.title}</a></div>`)}
  </div>`;
}

function comments(page) {
  return html`<div id="comments" class="comments-area">
    <h2 class="comments-title">${page.comments.length} thoughts on “${page.headline}”</h2>
    <ol class="comment-list">
      ${page.comments.map(
        (c, i) =>
          html`<li
            id="comment-${(page.postId ?? 0) * 10 + i}"
            class="comment ${i % 2 ? 'even' : 'odd'} thread-${i % 2 ? 'even' : 'odd'} depth-1"
          >
            <article class="comment-body">
              <footer class="comment-meta">
                <div class="comment-author vcard">
                  <span class="avatar" aria-hidden="true"></span><b class="fn">${c.name}</b>
                  <span class="says">says:</span>
                </div>
                <div class="comment-metadata"><time>${c.when}</time></div>
              </footer>
              <div class="comment-content"><p>${c.text}</p></div>
              <div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div>
            </article>
          </li>`,
      )}
    </ol>
    <div id="respond" class="comment-respond">
      <h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
      <form id="commentform" class="comment-form" data-demo-form action="#respond" method="post">
        <p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
        <p class="comment-form-comment">
          <label for="comment">Comment *</label><textarea id="comment" name="comment" rows="6"></textarea>
        </p>
        <p class="comment-form-author">
          <label for="author">Name *</label><input id="author" name="author" type="text" />
        </p>
        <p class="comment-form-email">
          <label for="email">Email *</label><input id="email" name="email" type="email" />
        </p>
        <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p>
        <p data-thanks hidden>Your comment is awaiting moderation.</p>
      </form>
    </div>
  </div>`;
}

/** Renders an article page in Insider's look (a WordPress theme). */
export function renderInsider(page, { origin }) {
  const { outlet } = page;
  const postId = page.postId ?? 3400;
  const [first, second] = insertPoints(paragraphCount(page), 2);
  const inserts = {
    [first]: adSlot('code-block code-block-2 ad-inline'),
    [second]:
      page.readAlso[0] &&
      html`<p class="also-read">
        <strong>ALSO READ:</strong> <a href="${page.readAlso[0].path}">${page.readAlso[0].title}</a>
      </p>`,
  };
  const previous = page.readAlso[0];
  return html`<!doctype html>
    <html lang="${page.lang === 'en' ? 'en-GB' : page.lang}">
      <head>
        ${articleHead(page, origin, `${page.headline} – ${outlet.name}`)}
      </head>
      <body class="post-template-default single single-post postid-${postId} single-format-standard wp-custom-logo">
        <div id="page" class="site">
          <a class="skip-link screen-reader-text" href="#content">Skip to content</a>
          <div class="top-bar">
            <span class="top-bar__date">${formatDate(page.published, 'mdy')}</span>
            <span class="top-bar__social" aria-label="Follow us">
              <a href="#facebook">f</a><a href="#x">𝕏</a><a href="#instagram">◎</a>
            </span>
          </div>
          <header id="masthead" class="site-header">
            <div class="site-branding">
              <p class="site-title"><a href="${outlet.home}" rel="home">Insider</a></p>
              <p class="site-description">Independent stories from the UK and the world</p>
            </div>
            <nav id="site-navigation" class="main-navigation">
              <button
                class="menu-toggle"
                type="button"
                data-menu-toggle
                aria-controls="primary-menu"
                aria-expanded="false"
              >
                Menu
              </button>
              <ul id="primary-menu" class="menu">
                ${outlet.nav.map((item, i) => html`<li id="menu-item-${101 + i}" class="menu-item menu-item-type-taxonomy ${item === page.section ? 'current-post-ancestor' : ''}"><a href="#category-${slug(item)}">${item}</a></li>`)}
              </ul>
            </nav>
          </header>
          <div id="content" class="site-content">
            ${adSlot('code-block code-block-1 ad-header')}
            <div class="content-wrap">
              <div id="primary" class="content-area">
                <main id="main" class="site-main">
                  <article
                    id="post-${postId}"
                    class="post-${postId} post type-post status-publish format-standard has-post-thumbnail hentry category-${slug(page.section)}"
                  >
                    <header class="entry-header">
                      <span class="cat-links"
                        ><a href="#category-${slug(page.section)}" rel="category tag">${page.section}</a></span
                      >
                      <h1 class="entry-title">${page.headline}</h1>
                      <div class="entry-meta">
                        <span class="posted-on"
                          >Posted on
                          <a href="${page.path}" rel="bookmark"
                            ><time class="entry-date published" datetime="${page.published}"
                              >${formatDate(page.published, 'mdy')}</time
                            ></a
                          ></span
                        >
                        <span class="byline">
                          by
                          <span class="author vcard"><a class="url fn n" href="#author">${page.byline}</a></span></span
                        >
                      </div>
                    </header>
                    ${leadFigure(page, 'post-thumbnail wp-caption')}
                    <div class="entry-content">
                      ${page.standfirst && html`<p class="has-large-font-size"><strong>${page.standfirst}</strong></p>`}
                      ${bodyBlocks(page.blocks, inserts)} ${adSlot('code-block code-block-3 ad-after-content')}
                      ${sharing()} ${relatedPosts(page.readAlso)}
                    </div>
                    <footer class="entry-footer">
                      <span class="tags-links"
                        >Tagged
                        ${page.tags.map((tag, i) => html`${i > 0 && ', '}<a href="#tag-${slug(tag)}" rel="tag">${tag}</a>`)}</span
                      >
                    </footer>
                  </article>
                  ${
                    previous &&
                    html`<nav class="navigation post-navigation" aria-label="Posts">
                      <h2 class="screen-reader-text">Post navigation</h2>
                      <div class="nav-links">
                        <div class="nav-previous">
                          <a href="${previous.path}" rel="prev"
                            ><span class="meta-nav">Previous post</span> ${previous.title}</a
                          >
                        </div>
                      </div>
                    </nav>`
                  }
                  ${comments(page)}
                </main>
              </div>
              <aside id="secondary" class="widget-area">
                <section class="widget widget_search">
                  <form role="search" class="search-form" data-demo-form action="#search" method="get">
                    <label
                      ><span class="screen-reader-text">Search for:</span
                      ><input type="search" class="search-field" placeholder="Search …" name="s"
                    /></label>
                    <input type="submit" class="search-submit" value="Search" />
                  </form>
                </section>
                <section class="widget widget_recent_entries">
                  <h2 class="widget-title">Recent Posts</h2>
                  <ul>
                    ${outlet.mostRead.map((link) => html`<li><a href="${link.path}">${link.title}</a></li>`)}
                  </ul>
                </section>
                ${adSlot('code-block code-block-4 ad-sidebar')}
                <section class="widget widget_newsletter">
                  <h2 class="widget-title">Get the Insider daily</h2>
                  <form data-demo-form action="#newsletter" method="post">
                    <input type="email" name="email" placeholder="Your email" aria-label="Your email" />
                    <button type="submit">Subscribe</button>
                    <p data-thanks hidden>You’re in. See you tomorrow morning.</p>
                  </form>
                </section>
                <section class="widget widget_categories">
                  <h2 class="widget-title">Categories</h2>
                  <ul>
                    ${outlet.nav.slice(1, -1).map((item) => html`<li class="cat-item"><a href="#category-${slug(item)}">${item}</a></li>`)}
                  </ul>
                </section>
              </aside>
            </div>
          </div>
          <footer id="colophon" class="site-footer">
            <ul class="footer-menu">
              ${outlet.footer.map((item) => html`<li><a href="#${slug(item)}">${item}</a></li>`)}
            </ul>
            <div class="site-info">© 2025 Insider · Proudly powered by WordPress</div>
          </footer>
        </div>
        ${cookieBanner(outlet.name, 'cookie-notice-container')}
      </body>
    </html> `;
}

// The demo newsroom (scripts/newsroom): every page answers, seed pages carry their pack article word for word
// and Readability finds it among the clutter, unrelated pages give the spot test nothing, nothing loads from
// outside 127.0.0.1, and the real-page route serves fixtures without letting a request out of their folder.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSpotter, deriveSpotTerms, spotStories } from '@/utils/spot';
import type { StoryPack } from '@/utils/pack/schema';
import { escapeHtml, html } from '../../scripts/newsroom/html.mjs';
import { toBlocks } from '../../scripts/newsroom/pack.mjs';
import { createRouter } from '../../scripts/newsroom/routes.mjs';
import { startNewsroom } from '../../scripts/newsroom/server.mjs';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REAL_PAGES = join(REPO_ROOT, '..', 'shared', 'fixtures', 'real-pages');
const HAS_REAL_PAGES = existsSync(REAL_PAGES);
const PACK_FILE = join(REPO_ROOT, 'public', 'stories', 'witkoff-leak.json');
const pack = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as StoryPack;

type Newsroom = Awaited<ReturnType<typeof startNewsroom>>;
let newsroom: Newsroom;
const bodies = new Map<string, string>();

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();
const parse = (source: string) => parseHTML(source).document as unknown as Document;
const paragraphsOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** GET with the path sent exactly as written: fetch() would resolve "../" before it left the client. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(newsroom.url);
  return new Promise((ok, fail) => {
    const req = request({ host: hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  newsroom = await startNewsroom({ port: 0 });
  for (const page of newsroom.pages) {
    const res = await fetch(new URL(page.path, newsroom.url));
    expect(res.status, page.path).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    bodies.set(page.path, await res.text());
  }
});

afterAll(async () => {
  await newsroom?.close();
});

describe('html helper', () => {
  it('escapes interpolations and passes nested fragments through', () => {
    const evil = '<img src=x onerror="alert(1)">&';
    expect(String(html`<p title="${evil}">${evil}</p>`)).toBe(`<p title="${escapeHtml(evil)}">${escapeHtml(evil)}</p>`);
    const items = ['a<', 'b'].map((x) => html`<li>${x}</li>`);
    expect(
      String(
        html`<ul>
          ${items}
        </ul>`,
      ).replace(/>\s+</g, '><'),
    ).toBe('<ul><li>a&lt;</li><li>b</li></ul>');
    expect(escapeHtml(`"'&<>`)).toBe('&quot;&#39;&amp;&lt;&gt;');
    expect(String(html`<b>${null}${false}${undefined}</b>`)).toBe('<b></b>');
  });

  it('turns short unpunctuated lines into sub-headings', () => {
    const blocks = toBlocks(pack.articles[1]!.text);
    expect(blocks.filter((b) => b.kind === 'h2').map((b) => b.text)).toEqual([
      'The Explosive Content of the Leaked Calls',
      "The Mystery of the Leak's Origin",
      'Significant Implications and Intelligence Fallout',
    ]);
  });
});

describe('pages', () => {
  it('lists the seed articles in pack order, at least two unrelated pages and the index', () => {
    const seeds = newsroom.pages.filter((p) => p.kind === 'seed');
    expect(seeds.map((p) => p.articleId)).toEqual(pack.articles.map((a) => a.id));
    expect(seeds.map((p) => p.outlet)).toEqual(['UNIAN', 'Capital Post', 'Insider']);
    expect(newsroom.pages.filter((p) => p.kind === 'unrelated').length).toBeGreaterThanOrEqual(2);
    expect(newsroom.pages.filter((p) => p.kind === 'index').map((p) => p.path)).toEqual(['/']);
  });

  it('has an index linking to every page', () => {
    const doc = parse(bodies.get('/')!);
    const links = new Set([...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
    for (const page of newsroom.pages.filter((p) => p.kind !== 'index')) expect(links).toContain(page.path);
  });

  it('gives every article page a title, language, local canonical link and site metadata', () => {
    for (const page of newsroom.pages.filter((p) => p.kind !== 'index')) {
      const doc = parse(bodies.get(page.path)!);
      const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content');
      expect(doc.title, page.path).toContain(page.title);
      expect(doc.documentElement.getAttribute('lang'), page.path).toMatch(/^en/);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
        new URL(page.path, newsroom.url).href,
      );
      expect(meta('meta[property="og:site_name"]')).toBe(page.outlet);
      expect(meta('meta[property="article:published_time"]'), page.path).toMatch(/^\d{4}-\d{2}/);
      expect(meta('meta[name="author"]'), page.path).toBeTruthy();
      expect(doc.querySelectorAll('h1')).toHaveLength(1);
    }
  });

  it('serves each seed article paragraph by paragraph, exactly as in the pack', () => {
    for (const page of newsroom.pages.filter((p) => p.kind === 'seed')) {
      const article = pack.articles.find((a) => a.id === page.articleId)!;
      const doc = parse(bodies.get(page.path)!);
      const shown = new Set([...doc.querySelectorAll('p, h2')].map((el) => el.textContent));
      for (const paragraph of paragraphsOf(article.text))
        expect(shown, `${page.path}: ${paragraph}`).toContain(paragraph);
      if (article.title) expect(doc.querySelector('h1')?.textContent).toBe(article.title);
    }
  });

  it('puts clutter inside the article container, as real sites do', () => {
    for (const page of newsroom.pages.filter((p) => p.kind === 'seed')) {
      const doc = parse(bodies.get(page.path)!);
      const container = doc.querySelector('[itemprop="articleBody"], .entry-content')!;
      expect(container, page.path).toBeTruthy();
      expect(container.querySelector('[data-ad-slot]'), page.path).toBeTruthy();
      expect(container.querySelector('p a[href], aside a[href]'), page.path).toBeTruthy();
      expect(doc.querySelector('#comments'), page.path).toBeTruthy();
      expect(doc.querySelector('#cookie-consent'), page.path).toBeTruthy();
    }
  });

  it('lets Readability extract each seed article, first and last paragraph included', () => {
    for (const page of newsroom.pages.filter((p) => p.kind === 'seed')) {
      const article = pack.articles.find((a) => a.id === page.articleId)!;
      const paragraphs = paragraphsOf(article.text);
      const parsed = new Readability(parse(bodies.get(page.path)!), { charThreshold: 300 }).parse();
      const text = normalize(parsed?.textContent ?? '');
      expect(text, page.path).toContain(normalize(paragraphs[0]!));
      expect(text, page.path).toContain(normalize(paragraphs.at(-1)!));
      expect(parsed?.siteName).toBe(page.outlet);
    }
  });

  it('gives the spot test nothing on unrelated pages, and the story on seed pages', () => {
    const stories = deriveSpotTerms([pack]);
    const spotter = compileSpotter(stories);
    for (const page of newsroom.pages.filter((p) => p.kind !== 'index')) {
      const doc = parse(bodies.get(page.path)!);
      const spotted = spotStories(`${doc.title}\n${doc.body.textContent ?? ''}`, stories, spotter);
      expect(spotted, page.path).toEqual(page.kind === 'seed' ? [pack.story.id] : []);
    }
  });
});

describe('no external requests', () => {
  const isLocal = (value: string, base: string) => {
    const url = new URL(value, base);
    return !/^https?:$/.test(url.protocol) || url.hostname === '127.0.0.1';
  };

  it('references scripts, images, styles and frames only on 127.0.0.1', () => {
    for (const page of newsroom.pages) {
      const doc = parse(bodies.get(page.path)!);
      const refs = [
        ...[...doc.querySelectorAll('[src]')].map((el) => el.getAttribute('src')!),
        ...[...doc.querySelectorAll('[srcset]')].flatMap((el) =>
          el
            .getAttribute('srcset')!
            .split(',')
            .map((s) => s.trim().split(/\s+/)[0]!),
        ),
        ...[...doc.querySelectorAll('link[href]')].map((el) => el.getAttribute('href')!),
      ];
      expect(refs.length, page.path).toBeGreaterThan(0);
      for (const ref of refs) expect(isLocal(ref, newsroom.url), `${page.path}: ${ref}`).toBe(true);
      for (const style of doc.querySelectorAll('style, [style]')) {
        expect(style.textContent + (style.getAttribute('style') ?? ''), page.path).not.toMatch(
          /url\(\s*['"]?https?:|@import/,
        );
      }
    }
  });

  it('keeps the stylesheets free of remote fonts and images', async () => {
    const sheets = new Set<string>();
    for (const page of newsroom.pages) {
      for (const link of parse(bodies.get(page.path)!).querySelectorAll('link[rel="stylesheet"]')) {
        sheets.add(link.getAttribute('href')!);
      }
    }
    expect(sheets.size).toBeGreaterThanOrEqual(3);
    for (const sheet of sheets) {
      const res = await fetch(new URL(sheet, newsroom.url));
      expect(res.status, sheet).toBe(200);
      expect(await res.text(), sheet).not.toMatch(/url\(\s*['"]?(https?:)?\/\/|@import/);
    }
  });
});

describe('real pages', () => {
  it.skipIf(!HAS_REAL_PAGES)(
    `serves saved pages at /real/<slug>/${HAS_REAL_PAGES ? '' : ` (skipped: ${REAL_PAGES} is absent)`}`,
    async () => {
      const list = await fetch(new URL('/real/', newsroom.url));
      expect(list.status).toBe(200);
      expect(await list.text()).toContain('href="/real/bbc-1/"');
      const res = await fetch(new URL('/real/bbc-1/', newsroom.url));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
      expect(await res.text()).toBe(readFileSync(join(REAL_PAGES, 'bbc-1', 'source.html'), 'utf8'));
      expect((await fetch(new URL('/real/no-such-page/', newsroom.url))).status).toBe(404);
    },
  );

  it.each([
    '/real/../../etc/passwd',
    '/real/../../../../../../etc/passwd',
    '/real/..%2f..%2f..%2fetc%2fpasswd',
    '/real/%2e%2e/%2e%2e/etc/passwd',
    '/real/bbc-1/../../../package.json',
    '/static/../server.mjs',
    '/real/..%5c..%5cpackage.json',
  ])('refuses the traversal %s', async (path) => {
    const { status, body } = await rawGet(path);
    expect([400, 404]).toContain(status);
    expect(body).not.toMatch(/root:|startNewsroom|"name": "sidelight"/);
  });

  it('answers 404 with a clear message where the fixtures folder is absent', () => {
    const root = join(mkdtempSync(join(tmpdir(), 'newsroom-')), 'repo');
    try {
      mkdirSync(join(root, 'public', 'stories'), { recursive: true });
      cpSync(PACK_FILE, join(root, 'public', 'stories', 'witkoff-leak.json'));
      const { route, realSlugs } = createRouter({ repoRoot: root, origin: 'http://127.0.0.1:1/' });
      expect(realSlugs).toBeNull();
      for (const path of ['/real/', '/real/bbc-1/']) {
        const reply = route(path);
        expect(reply.status).toBe(404);
        expect(String(reply.body)).toMatch(/not available.*real-pages does not exist/);
      }
    } finally {
      rmSync(join(root, '..'), { recursive: true, force: true });
    }
  });
});

describe('the hostile page of the issue-18 e2e test', () => {
  const { route, pages } = createRouter({ repoRoot: REPO_ROOT, origin: 'http://127.0.0.1:1/' });
  const at = (canonical: string) => `/test/hostile-canonical?canonical=${encodeURIComponent(canonical)}`;

  it('names the given address as its canonical, escaped, and loads its script from the newsroom', () => {
    const reply = route(at('http://127.0.0.1:5/a?x="><script>alert(1)</script>'));
    expect(reply.status).toBe(200);
    const doc = parse(String(reply.body));
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'http://127.0.0.1:5/a?x="><script>alert(1)</script>',
    );
    expect([...doc.querySelectorAll('script')].map((s) => s.getAttribute('src'))).toEqual([
      '/static/test/hostile-canonical.js',
    ]);
    expect(route('/static/test/hostile-canonical.js').status).toBe(200);
  });

  it('refuses a canonical that is not an http(s) address, and is none of the newsroom’s pages', () => {
    for (const target of [at('javascript:alert(1)'), at('file:///etc/passwd'), '/test/hostile-canonical']) {
      expect(route(target).status, target).toBe(400);
    }
    expect(pages.some((p) => p.path.startsWith('/test/'))).toBe(false);
  });
});

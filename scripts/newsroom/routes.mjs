// Maps request paths to responses: the pre-rendered article pages and index, the static assets, and the real
// pages. Pure of sockets, so the server stays a thin shell and tests can reason about paths alone.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPack } from './pack.mjs';
import { buildArticlePages } from './pages.mjs';
import { listRealPages, readRealPage, REAL_PAGE_CSP, realPagesDir } from './real-pages.mjs';
import { renderCapitalPost } from './templates/capitalpost.mjs';
import { renderHostileCanonical } from './templates/hostile-canonical.mjs';
import { renderIndex, renderRealIndex } from './templates/index-page.mjs';
import { renderInsider } from './templates/insider.mjs';
import { renderUnian } from './templates/unian.mjs';
import { OUTLETS } from './outlets.mjs';

/** @typedef {{ status: number, headers: Record<string, string>, body: string | Buffer }} Reply */
/** @typedef {{ path: string, title: string, outlet: string, kind: 'seed' | 'unrelated' | 'index', articleId?: string }} PageInfo */

const RENDERERS = { unian: renderUnian, capitalpost: renderCapitalPost, insider: renderInsider };
const TYPES = { '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.svg': 'image/svg+xml' };
const STATIC_DIR = fileURLToPath(new URL('./static/', import.meta.url));

const htmlReply = (body, status = 200, extra = {}) => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...extra },
  body: String(body),
});
const textReply = (status, body, extra = {}) => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8', ...extra },
  body,
});

/** Every file under static/, keyed by its URL path. */
function loadStatic() {
  /** @type {Map<string, Reply>} */
  const files = new Map();
  for (const entry of readdirSync(STATIC_DIR, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const url = `/static/${relative(STATIC_DIR, full).split(sep).join('/')}`;
    const type = TYPES[extname(entry.name)] ?? 'application/octet-stream';
    files.set(url, {
      status: 200,
      headers: { 'content-type': type, 'cache-control': 'max-age=60' },
      body: readFileSync(full),
    });
  }
  return files;
}

/** Builds the router for a newsroom served at `origin`; the pack and fixtures are read once, here. */
export function createRouter({ repoRoot, origin }) {
  const pack = loadPack(repoRoot);
  const articles = buildArticlePages(pack);
  const realDir = realPagesDir(repoRoot);
  const realSlugs = listRealPages(realDir);
  const staticFiles = loadStatic();

  /** @type {Map<string, string>} */
  const rendered = new Map(articles.map((page) => [page.path, String(RENDERERS[page.outlet.key](page, { origin }))]));
  rendered.set('/', String(renderIndex({ storyTitle: pack.story.title, articles, realPages: realSlugs })));

  /** @type {PageInfo[]} */
  const pages = [
    ...articles.map((p) => ({
      path: p.path,
      title: p.headline,
      outlet: p.outlet.name,
      kind: p.kind,
      ...(p.articleId && { articleId: p.articleId }),
    })),
    { path: '/', title: 'Sidelight demo newsroom', outlet: 'Sidelight', kind: /** @type {const} */ ('index') },
  ];
  const homes = new Set(Object.values(OUTLETS).map((o) => o.home));

  /** Answers a request for the raw (undecoded) request target `target`. */
  function route(target) {
    const rawPath = target.split(/[?#]/, 1)[0] ?? '/';
    let path;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      return textReply(400, 'Bad request: malformed path.');
    }
    if (!path.startsWith('/') || /[\\\0]/.test(path) || path.split('/').some((s) => s === '..' || s === '.')) {
      return textReply(400, 'Bad request: relative path segments are refused.');
    }
    const page = rendered.get(path);
    if (page) return htmlReply(page);
    const file = staticFiles.get(path);
    if (file) return file;
    if (homes.has(path)) return textReply(302, 'See the index.', { location: '/' });
    if (path === '/favicon.ico') return { status: 204, headers: {}, body: '' };
    if (path === '/real' || path.startsWith('/real/')) return realRoute(path);
    if (path === '/test/hostile-canonical') return hostileRoute(target);
    return textReply(404, `Not found: ${path} is not a page of the demo newsroom. The index is at /.`);
  }

  /** The hostile page of the issue-18 e2e test, naming `?canonical=` (an http(s) address) as its canonical. */
  function hostileRoute(target) {
    const canonical = new URLSearchParams(target.split('?')[1]?.split('#')[0] ?? '').get('canonical') ?? '';
    if (!/^https?:\/\//i.test(canonical) || !URL.canParse(canonical)) {
      return textReply(400, 'Bad request: ?canonical= must be an http(s) address.');
    }
    return htmlReply(renderHostileCanonical(canonical));
  }

  function realRoute(path) {
    if (!realSlugs) {
      return textReply(404, `Real pages are not available: ${realDir} does not exist on this machine.`);
    }
    if (path === '/real' || path === '/real/') return htmlReply(renderRealIndex(realSlugs));
    const m = /^\/real\/([^/]+)(\/?)$/.exec(path);
    const body = m ? readRealPage(realDir, realSlugs, m[1]) : null;
    if (!m || !body) return textReply(404, `Not found: no real page at ${path}. The list is at /real/.`);
    if (!m[2]) return textReply(301, 'Moved.', { location: `/real/${m[1]}/` });
    return {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': REAL_PAGE_CSP },
      body,
    };
  }

  return { route, pages, realSlugs };
}

#!/usr/bin/env node
// The demo newsroom: a local site with the embedded story's seed articles in their outlets' page templates,
// unrelated stories in the same templates, and the real-page fixtures. Used by `npm start` and the e2e tests;
// `node scripts/newsroom/server.mjs [--port 4173] [--host 127.0.0.1]` serves it alone.
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRouter } from './routes.mjs';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Starts the newsroom; `port` 0 picks a free one.
 * @param {{ port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, close(): Promise<void>, pages: import('./routes.mjs').PageInfo[] }>}
 */
export async function startNewsroom({ port = 0, host = '127.0.0.1' } = {}) {
  /** @type {ReturnType<typeof createRouter> | undefined} */
  let router;
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res
        .writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
        .end('Method not allowed.');
      return;
    }
    const reply = router?.route(req.url ?? '/') ?? { status: 503, headers: {}, body: 'Starting.' };
    res.writeHead(reply.status, reply.headers);
    res.end(req.method === 'HEAD' ? undefined : reply.body);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}/`;
  try {
    router = createRouter({ repoRoot: REPO_ROOT, origin: url });
  } catch (error) {
    server.close();
    throw error;
  }
  return {
    url,
    pages: router.pages,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok(undefined));
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '4173' }, host: { type: 'string', default: '127.0.0.1' } },
  });
  const newsroom = await startNewsroom({ port: Number(values.port), host: values.host });
  console.log(`Demo newsroom: ${newsroom.url}`);
  for (const page of newsroom.pages)
    console.log(`  ${page.kind.padEnd(9)} ${page.outlet.padEnd(12)} ${new URL(page.path, newsroom.url).href}`);
  console.log('Real pages: /real/  ·  Ctrl+C to stop.');
  process.on('SIGINT', () => newsroom.close().then(() => process.exit(0)));
}

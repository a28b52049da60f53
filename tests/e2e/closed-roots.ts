// Sidelight's UI in pages lives in closed shadow roots (issue 18): the page's scripts see `host.shadowRoot` as
// null, and so do Playwright's locators, which run in worlds of their own inside the page. For the tests, the
// DevTools protocol (which sees closed roots, as the Elements panel does) hands each Sidelight host's root to
// the page's main world and to Playwright's utility world as `host.shadowRoot`, so locators, page.evaluate and
// axe reach in as they would into an open root. The extension's own world is left alone, and every event the
// tests send is still a real one (Playwright's clicks and keys are trusted input, as a person's).
//
// The hostile-page test keeps its page out of this (`keepRootsClosed`) and checks that the page sees nothing.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** Sidelight's shadow hosts in pages: the save button, the highlights drawer's UI, the side notes. */
const HOSTS = 'sidelight-save, sidelight-highlights, sidelight-notes';
/** How often a page is looked at for new hosts (each look costs one evaluation per world). */
const POLL_MS = 100;
/** Playwright's own world in each frame, where its locators run (the name goes on with the page's guid). */
const PLAYWRIGHT_UTILITY_WORLD = '__playwright_utility_world_';

/** In a world of the page: Sidelight's hosts whose root that world does not see yet, or null when none. */
const UNSEEN = `(() => {
  const hosts = [...document.querySelectorAll(${JSON.stringify(HOSTS)})].filter((h) => h.shadowRoot === null);
  return hosts.length ? hosts : null;
})()`;

const SHOW = `function (root) {
  Object.defineProperty(this, 'shadowRoot', { get: () => root, configurable: true });
}`;

const closed = new WeakSet<Page>();

/** Keeps Sidelight's roots closed in `page` for its life: call before the page loads anything. */
export function keepRootsClosed(page: Page): void {
  closed.add(page);
}

/** Reveals the roots of Sidelight's hosts in every page of `context`, from now on, except pages kept closed. */
export function revealClosedRoots(context: BrowserContext): void {
  const watch = (page: Page) => void revealIn(page).catch(() => undefined); // A page closed early: nothing to do.
  context.pages().forEach(watch);
  context.on('page', watch);
}

async function revealIn(page: Page): Promise<void> {
  if (page.url().startsWith('chrome-extension:')) return; // Sidelight's own pages have no shadow hosts.
  const cdp = await page.context().newCDPSession(page);
  const worlds = new Set<number>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const main = (context.auxData as { isDefault?: boolean } | undefined)?.isDefault;
    if (main || context.name.startsWith(PLAYWRIGHT_UTILITY_WORLD)) worlds.add(context.id);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => void worlds.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  await cdp.send('Runtime.enable'); // Reports the worlds that exist, then each new one.
  while (!page.isClosed() && !closed.has(page)) {
    for (const world of [...worlds]) await revealInWorld(cdp, world).catch(() => undefined); // Gone with a navigation.
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  await cdp.detach().catch(() => undefined);
}

async function revealInWorld(cdp: CDPSession, world: number): Promise<void> {
  const objectGroup = 'sidelight-reveal';
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: UNSEEN, contextId: world, objectGroup });
    if (!result.objectId) return;
    const { result: items } = await cdp.send('Runtime.getProperties', {
      objectId: result.objectId,
      ownProperties: true,
    });
    for (const item of items) {
      const host = item.value?.subtype === 'node' ? item.value.objectId : undefined;
      if (!host) continue;
      const { node } = await cdp.send('DOM.describeNode', { objectId: host, depth: 0 });
      const root = node.shadowRoots?.[0];
      if (!root) continue;
      const { object } = await cdp.send('DOM.resolveNode', {
        backendNodeId: root.backendNodeId,
        executionContextId: world,
        objectGroup,
      });
      await cdp.send('Runtime.callFunctionOn', {
        objectId: host,
        functionDeclaration: SHOW,
        arguments: [{ objectId: object.objectId }],
      });
    }
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
  }
}

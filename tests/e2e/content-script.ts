// Waiting for "nothing happened" without a fixed sleep. A test that checks Sidelight left a page alone must first
// know that Sidelight has looked at it: the always-on content script has run its spot test (and its highlights
// check), anything it sent has reached the service worker, and the late-content re-check has had its chance.
// A sleep proves none of this on a busy machine; these helpers wait for each as a positive condition.
import type { Page, Worker } from 'playwright-core';
import { LATE_DEBOUNCE_MS } from '../../utils/spot';
import { readSessionStorage, tabIdReading, waitFor } from './fixtures';

/**
 * Run in Sidelight's isolated world of a page. WXT's bundle of the content script assigns its result to the global
 * `content`: a promise settled once its main() has returned, that is after the storage read, the spot test and
 * the highlights check. The ping then sent from the same script is answered (or refused) only after the worker
 * has received whatever the script sent before it (messages from one frame arrive in order).
 */
const FIRST_LOOK = `typeof content === 'undefined'
  ? 'not yet'
  : content.then(() => chrome.runtime.sendMessage({ type: 'ping' }).then(() => 'done', () => 'done'))`;
/** The same without the ping, for a test that must not start the worker itself. */
const FIRST_LOOK_ALONE = `typeof content === 'undefined' ? 'not yet' : content.then(() => 'done')`;

/**
 * Resolves once Sidelight's always-on content script has finished its first look at `page` and anything it
 * sent (the spot test's "spotted", a "highlights-check") has reached the service worker (without `ping`, only the
 * first: the wait itself then sends the worker nothing). Fails if the script
 * crashed. Reads the content script's isolated world over CDP, since Playwright evaluates only in the page's own.
 */
export async function firstLookDone(page: Page, timeout = 15_000, { ping = true } = {}): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts = new Map<number, { origin: string; auxData?: { frameId?: string; type?: string } }>();
    cdp.on('Runtime.executionContextCreated', ({ context }) => void contexts.set(context.id, context));
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => void contexts.delete(executionContextId));
    cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
    await cdp.send('Runtime.enable'); // Reports the contexts that already exist, then new ones.
    const frameId = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
    await waitFor(async () => {
      for (const [contextId, c] of contexts) {
        const ours =
          c.auxData?.frameId === frameId && c.auxData.type === 'isolated' && c.origin.startsWith('chrome-extension://');
        if (!ours) continue;
        const reply = await cdp
          .send('Runtime.evaluate', {
            contextId,
            expression: ping ? FIRST_LOOK : FIRST_LOOK_ALONE,
            awaitPromise: true,
            returnByValue: true,
          })
          .catch(() => null); // The context went with a navigation: look again.
        if (reply?.exceptionDetails) {
          const { exception, text } = reply.exceptionDetails;
          throw new Error(`Sidelight's content script failed on ${page.url()}: ${exception?.description ?? text}`);
        }
        if (reply?.result.value === 'done') return true;
      }
      return null;
    }, timeout);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Records the last change to the DOM of every document `page` loads from now on, from DOMContentLoaded (the
 * content script starts watching for late content no earlier). Call before the navigation; see lateChecksDone.
 */
export async function watchLateChanges(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as { __sidelightTestLastChange?: number | null };
    w.__sidelightTestLastChange = null;
    document.addEventListener(
      'DOMContentLoaded',
      () =>
        new MutationObserver(() => (w.__sidelightTestLastChange = performance.now())).observe(
          document.documentElement,
          { childList: true, subtree: true }, // What the content script watches.
        ),
      { once: true },
    );
  });
}

/**
 * Resolves once any late-content re-check of the spot test has run on `page`, and what it sent has reached the
 * worker: the page has not changed since its first look, or has been still for longer than the content script's
 * debounce (LATE_DEBOUNCE_MS, with a margin for a busy machine's timers). Needs watchLateChanges before the load.
 */
export async function lateChecksDone(page: Page, timeout = 30_000): Promise<void> {
  await firstLookDone(page);
  await waitFor(
    () =>
      page.evaluate((still) => {
        const last = (window as { __sidelightTestLastChange?: number | null }).__sidelightTestLastChange;
        if (last === undefined) throw new Error('lateChecksDone needs watchLateChanges before the page loads');
        return last === null || performance.now() - last > still ? true : null;
      }, LATE_DEBOUNCE_MS + 500),
    timeout,
  );
  await firstLookDone(page); // Anything the re-check sent has reached the worker.
}

/** The types of the messages the worker received from the frame at a URL since `since` (the worker's clock). */
export type MessageRecord = ((url: string) => Promise<string[]>) & { since: number };

/**
 * Starts recording the messages the service worker receives; the function returned lists the types of those
 * received since this call from the frame at `url`. (Earlier recorders in the same worker keep theirs.)
 */
export async function recordMessages(worker: Worker): Promise<MessageRecord> {
  type Seen = { type: string; url: string }[];
  const { from, since } = await worker.evaluate(() => {
    const g = globalThis as { sidelightTestSeen?: Seen };
    if (!g.sidelightTestSeen) {
      const seen: Seen = (g.sidelightTestSeen = []);
      chrome.runtime.onMessage.addListener(
        (m: { type?: unknown }, sender) => void seen.push({ type: String(m?.type ?? '?'), url: sender.url ?? '' }),
      );
    }
    return { from: g.sidelightTestSeen.length, since: Date.now() };
  });
  const record = (url: string) =>
    worker.evaluate(
      ([u, start]) => {
        const seen = (globalThis as { sidelightTestSeen?: Seen }).sidelightTestSeen;
        if (!seen) throw new Error('the service worker restarted: its record of messages is gone');
        return seen
          .slice(start)
          .filter((s) => s.url === u)
          .map((s) => s.type);
      },
      [url, from] as const,
    );
  return Object.assign(record, { since });
}

/**
 * For a page the spot test flagged (a "spotted" in `messages`, a recorder started before the page loaded), waits
 * until the engine's answer has reached the page: the worker keeps the article's alignment in the tab's status
 * (written since the recorder started) just before it replies, and a flush like firstLookDone's follows the
 * reply. A page not flagged is handed to no one, so there is nothing to wait for. Call after firstLookDone or
 * lateChecksDone.
 */
export async function engineAnswered(page: Page, worker: Worker, messages: MessageRecord): Promise<void> {
  if (!(await messages(page.url())).includes('spotted')) return;
  await waitFor(async () => {
    const tabId = await tabIdReading(worker, page.url());
    const status = tabId === null ? null : await readSessionStorage(worker, `tab:${tabId}`);
    const { notes, readAt = 0 } = (status ?? {}) as { notes?: unknown; readAt?: number };
    return notes && readAt >= messages.since ? true : null;
  });
  await firstLookDone(page);
}

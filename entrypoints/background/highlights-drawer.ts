import { browser } from 'wxt/browser';
import { injectionTarget, type PageSender } from './sender';

// Starting the highlights drawer in a page and telling it what to do: in the very document that asked when a page
// asked (sender.ts `injectionTarget`), or in the frame the context menu or the shortcut was used in. The drawer
// brings its own style (highlights.content/style.ts).

/** A frame of a tab, and the document in it when known (a PageSender is one). */
export type DrawerTarget = Pick<PageSender, 'tabId' | 'frameId' | 'documentId'>;

type DrawerGlobal = { sidelightDrawer?: { alive(): boolean } };

/** Runs the highlights drawer in a frame unless it already runs there; true when it was started now. */
export async function injectDrawer(at: DrawerTarget): Promise<boolean> {
  const target = injectionTarget(at);
  // The drawer's isolated world is shared with scripts we execute, so its liveness is one cheap probe away.
  const [probe] = await browser.scripting.executeScript({
    target,
    func: () => (globalThis as DrawerGlobal).sidelightDrawer?.alive() ?? false,
  });
  if (probe?.result) return false;
  await browser.scripting.executeScript({ target, files: ['/content-scripts/highlights.js'] });
  return true;
}

/** Asks a frame's drawer to act, starting it first if needed (a fresh drawer loads the page's highlights itself). */
export async function commandDrawer(at: DrawerTarget, action: 'save-selection' | 'refresh'): Promise<void> {
  const started = await injectDrawer(at);
  if (action === 'refresh' && started) return;
  const to = at.documentId ? { documentId: at.documentId } : { frameId: at.frameId };
  await browser.tabs.sendMessage(at.tabId, { type: 'highlights-command', action }, to);
}

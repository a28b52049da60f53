import { browser } from 'wxt/browser';
import { injectionTarget, type PageSender } from './sender';

// Starting the highlights drawer in a page and telling it what to do: in the very document that asked when a page
// asked (sender.ts `injectionTarget`), or in the frame the context menu or the shortcut was used in.

/** Saved highlights are drawn in this style, as a user stylesheet with !important: page CSS cannot restyle them. */
const HIGHLIGHT_CSS = `
::highlight(sidelight-saved) { background-color: rgba(255, 200, 0, 0.45) !important; color: inherit !important; }
::highlight(sidelight-saved-pending) { background-color: rgba(255, 120, 0, 0.3) !important; text-decoration: underline dashed !important; }
@media (prefers-color-scheme: dark) {
  ::highlight(sidelight-saved) { background-color: rgba(255, 200, 0, 0.35) !important; }
}`;

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
  await browser.scripting.insertCSS({ target, css: HIGHLIGHT_CSS, origin: 'USER' });
  return true;
}

/** Asks a frame's drawer to act, starting it first if needed (a fresh drawer loads the page's highlights itself). */
export async function commandDrawer(at: DrawerTarget, action: 'save-selection' | 'refresh'): Promise<void> {
  const started = await injectDrawer(at);
  if (action === 'refresh' && started) return;
  const to = at.documentId ? { documentId: at.documentId } : { frameId: at.frameId };
  await browser.tabs.sendMessage(at.tabId, { type: 'highlights-command', action }, to);
}

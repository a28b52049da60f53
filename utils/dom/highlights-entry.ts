// The highlights part of the always-on content script: the selection button, and one question to the
// background ("does this page have highlights?") whose yes makes it inject the drawer. Nothing else loads.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../send';
import { canonicalHref } from './page-meta';
import { watchSelection } from './selection-button';

/** Starts the highlights entry points on a page for the life of `ctx`. */
export function startHighlights(ctx: ContentScriptContext): void {
  if (!document.body || ctx.isInvalid) return;
  watchSelection(ctx, () => void sendMessage({ type: 'save-selection' }).catch(() => undefined));
  const canonical = canonicalHref();
  void sendMessage({ type: 'highlights-check', url: location.href, ...(canonical && { canonical }) }).catch(
    () => undefined, // The extension was reloaded under this page: nothing to draw.
  );
}

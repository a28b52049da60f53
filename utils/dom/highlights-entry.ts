// The highlights part of the always-on content script: the selection button, and one question to the
// background ("does this page have highlights?") whose yes makes it inject the drawer. The question is asked
// only where the published page filter does not rule the page out, so most pages never wake the worker.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { canonicalUrl } from '../url/canonical-url';
import { mayHaveHighlights } from '../highlights/page-filter';
import { sendMessage } from '../browser/send';
import { canonicalHref } from './page-meta';
import { watchSelection } from './selection-button';

/** Starts the highlights entry points on a page for the life of `ctx`; `pageFilter` is the published filter. */
export function startHighlights(ctx: ContentScriptContext, pageFilter: unknown): void {
  if (!document.body || ctx.isInvalid) return;
  watchSelection(ctx, () => void sendMessage({ type: 'save-selection' }).catch(() => undefined));
  let canonical: string | undefined;
  const address = () => canonicalUrl(location.href, (canonical = canonicalHref()));
  if (!mayHaveHighlights(pageFilter, address)) return;
  canonical ??= canonicalHref();
  void sendMessage({ type: 'highlights-check', ...(canonical && { canonical }) }).catch(
    () => undefined, // The extension was reloaded under this page: nothing to draw.
  );
}

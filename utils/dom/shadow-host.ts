// A host element with a closed shadow root for Sidelight UI inside pages: page CSS cannot reach in (`all:
// initial` on the host), keys typed into our fields do not reach the page's own shortcuts, and the page's
// scripts cannot read what it shows (quotes of the reader's highlights) or drive its controls: `host.shadowRoot`
// is null to them. Only the caller holds the root.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Creates `<name>` with a shadow root holding `css`; it is removed when `ctx` is invalidated. */
export function createShadowHost(
  ctx: ContentScriptContext,
  name: string,
  css: string,
): { host: HTMLElement; mount: HTMLElement; remove(): void } {
  const host = document.createElement(name);
  host.style.setProperty('all', 'initial');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  const mount = document.createElement('div');
  root.append(style, mount);
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    host.addEventListener(type, (e) => e.stopPropagation());
  }
  document.documentElement.append(host);
  const remove = () => host.remove();
  ctx.onInvalidated(remove);
  return { host, mount, remove };
}

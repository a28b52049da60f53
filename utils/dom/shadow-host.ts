// A host element with an open shadow root for Sidelight UI inside pages: page CSS cannot reach in (`all:
// initial` on the host), and keys typed into our fields do not reach the page's own shortcuts.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Creates `<name>` with a shadow root holding `css`; it is removed when `ctx` is invalidated. */
export function createShadowHost(
  ctx: ContentScriptContext,
  name: string,
  css: string,
): { host: HTMLElement; mount: HTMLElement; remove(): void } {
  const host = document.createElement(name);
  host.style.setProperty('all', 'initial');
  const root = host.attachShadow({ mode: 'open' });
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

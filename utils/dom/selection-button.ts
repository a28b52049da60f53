// The small "Save highlight" button shown beside a selection. It is part of the always-on content script, so it
// is plain DOM and a few lines: the drawer that saves and draws loads only when the button is pressed. The page
// can make a selection and a mouseup itself, so the button may show at a script's wish; but it sits in a closed
// shadow root the page cannot reach into, and it saves only on the person's own click or key.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { trusted } from './trusted';

const STYLE = `:host{all:initial}button{position:fixed;z-index:2147483647;font:600 12px/1 system-ui,sans-serif;
padding:6px 10px;border-radius:6px;border:1px solid #8a6d00;background:#ffd84d;color:#221a00;cursor:pointer;
box-shadow:0 2px 6px rgba(0,0,0,.25)}button:focus-visible{outline:2px solid #1a56db;outline-offset:2px}`;

/** Shows a save button near each non-empty selection, for the life of `ctx`; `onSave` runs when it is pressed. */
export function watchSelection(ctx: ContentScriptContext, onSave: () => void): void {
  let host: HTMLElement | null = null;
  const onKey = (e: KeyboardEvent) => e.key === 'Escape' && hide();
  const hide = () => {
    host?.remove();
    host = null;
    document.removeEventListener('keydown', onKey);
    window.removeEventListener('scroll', hide);
  };
  const show = (rect: DOMRect) => {
    hide();
    // Escape and scrolling matter only while the button shows: every page pays for listeners kept for good.
    document.addEventListener('keydown', onKey);
    window.addEventListener('scroll', hide, { passive: true });
    host = document.createElement('sidelight-save');
    const root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Save highlight';
    button.title = 'Save highlight (Alt+Shift+H)';
    button.style.top = `${Math.min(innerHeight - 36, rect.bottom + 8)}px`;
    button.style.left = `${Math.max(4, Math.min(innerWidth - 130, rect.right - 60))}px`;
    // mousedown would clear the selection before click; keep it for the drawer to read.
    button.addEventListener('mousedown', (e) => e.preventDefault());
    button.addEventListener(
      'click',
      trusted(() => {
        hide();
        onSave();
      }),
    );
    root.append(style, button);
    document.documentElement.append(host);
  };
  ctx.addEventListener(document, 'mouseup', (e) => {
    if (host && e.composedPath().includes(host)) return;
    // After the browser has updated the selection for this click.
    ctx.setTimeout(() => {
      const sel = getSelection();
      const text = sel?.toString().trim() ?? '';
      if (!sel || sel.isCollapsed || !text || sel.rangeCount === 0) return hide();
      const rect = sel.getRangeAt(0).getBoundingClientRect();
      if (rect.width || rect.height) show(rect);
    }, 0);
  });
  ctx.onInvalidated(hide);
}

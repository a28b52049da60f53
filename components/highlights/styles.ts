// Styles of the on-page highlight UI, inside its shadow root. Light and dark follow the reader's setting.

/** The stylesheet text for the highlights shadow root. */
export const HIGHLIGHTS_UI_CSS = `
:host, * { box-sizing: border-box; }
.panel { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; max-width: min(360px, calc(100vw - 32px));
  font: 14px/1.4 system-ui, sans-serif; color: #1d1d1f; background: #fffdf3; border: 1px solid #d9b600;
  border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.2); padding: 12px; }
.panel.orphans { bottom: auto; top: 16px; }
.quote { margin: 0 0 8px; padding-left: 8px; border-left: 3px solid #f0c400; max-height: 5.6em; overflow: hidden; }
label { display: block; font-size: 12px; font-weight: 600; margin-top: 6px; }
textarea, input { width: 100%; font: inherit; padding: 4px 6px; border: 1px solid #999; border-radius: 4px;
  background: #fff; color: inherit; }
.row { display: flex; gap: 8px; justify-content: flex-end; margin-top: 8px; flex-wrap: wrap; }
button { font: inherit; padding: 4px 10px; border-radius: 4px; border: 1px solid #8a6d00; background: #ffd84d;
  color: #221a00; cursor: pointer; }
button.quiet { background: transparent; border-color: #999; color: inherit; }
button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid #1a56db; outline-offset: 2px; }
.error { border-color: #b3261e; background: #fff4f3; }
.error strong { color: #b3261e; }
ul { margin: 6px 0 0; padding-left: 18px; max-height: 40vh; overflow: auto; }
@media (prefers-color-scheme: dark) {
  .panel { color: #eee; background: #26231a; border-color: #8a6d00; }
  textarea, input { background: #1b1b1b; border-color: #666; }
  .error { background: #3a1e1c; } .error strong { color: #ffb4ab; }
}
@media (prefers-reduced-motion: no-preference) { .panel { transition: opacity .15s; } }
`;

import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// One config for Chrome (MV3) and Firefox builds; see README for the permissions and why each is needed.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every file imports what it uses (browser from 'wxt/browser', defineContentScript, …): no auto-imports.
  imports: false,
  // Moved by SIDELIGHT_OUT_DIR so parallel builds on one machine do not overwrite each other (scripts/lib/chromium.mjs).
  outDir: process.env.SIDELIGHT_OUT_DIR || '.output',
  vite: () => ({
    plugins: [preact()],
    // The engine is pure (no side effects on import), so a bundle keeps only the engine code it calls: the
    // notes import a helper or two through utils/engine/index.ts without carrying the rest of the engine.
    build: { rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !id.includes('/utils/engine/') } } },
  }),
  manifest: ({ browser }) => ({
    // Name, description and the command's title in the browser's language (public/_locales; English otherwise).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: ['storage', 'scripting', 'contextMenus'],
    // Saves the selection as a highlight (entrypoints/background/highlights-triggers.ts).
    commands: {
      'save-highlight': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandSaveHighlight__' },
    },
    // The background injects the article script (extraction, notes) into pages the always-on content script
    // flagged; Chromium requires host permission for that. It grants no more than the content script's matches.
    host_permissions: ['http://*/*', 'https://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sidelight@sidelight.example',
              strict_min_version: '142.0',
              // Sidelight collects nothing: all reading, matching and storage stay on the machine.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});

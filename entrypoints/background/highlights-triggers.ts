import { browser } from 'wxt/browser';
import { commandDrawer } from './highlights-drawer';
import { t } from '@/utils/browser/i18n';

// The context-menu item and the keyboard shortcut that save the selection. Both only tell the tab's drawer to
// save: the selection and its DOM live in the page, not here.

const MENU_ID = 'sidelight-save-highlight';
const LIBRARY_MENU_ID = 'sidelight-open-library';
/** The command name declared under `commands` in wxt.config.ts. */
export const SAVE_COMMAND = 'save-highlight';

/** Creates the context-menu item; menus persist, so this runs on install and update only. */
export function createHighlightMenu(): void {
  browser.contextMenus.create({ id: MENU_ID, title: t('menu_saveHighlight'), contexts: ['selection'] }, () => {
    void browser.runtime.lastError; // Already there after an update: nothing to do.
  });
  // On the toolbar button's own menu: the library is one right-click away from any page.
  browser.contextMenus.create({ id: LIBRARY_MENU_ID, title: t('menu_library'), contexts: ['action'] }, () => {
    void browser.runtime.lastError;
  });
}

/** Listens for the menu item and the shortcut; called at every service-worker start. */
export function listenForHighlightTriggers(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === LIBRARY_MENU_ID) void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    void commandDrawer({ tabId: tab.id, frameId: info.frameId ?? 0 }, 'save-selection').catch(() => undefined);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== SAVE_COMMAND || tab?.id === undefined) return;
    void commandDrawer({ tabId: tab.id, frameId: 0 }, 'save-selection').catch(() => undefined);
  });
}

// Tabs and the popup, as the e2e files that open the popup for a page use them.
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { waitFor } from './fixtures';

/** The id of the tab showing `url`, from the service worker (host permission shows web pages' addresses). */
export const tabIdOf = (worker: Worker, url: string) =>
  waitFor(() => worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url));

/** Opens the popup for `page`'s tab (as a page, with ?tab=ID, like the other popup tests). */
export async function popupFor(
  context: BrowserContext,
  worker: Worker,
  extensionId: string,
  page: Page,
): Promise<Page> {
  const tabId = await tabIdOf(worker, page.url());
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.getByTestId('add-to-story').waitFor();
  return popup;
}

// Helpers shared by the side-notes e2e files: find Sidelight's notes in a page and read them.
import type { Locator, Page } from 'playwright-core';

/** The notes UI inside Sidelight's shadow root (Playwright locators pierce open shadow roots). */
export function notesRoot(page: Page): Locator {
  return page.locator('sidelight-notes [data-testid="notes"]');
}

/** Waits until the notes are drawn and returns how many note rows (or markers) there are. */
export async function waitForNotes(page: Page, timeout = 15_000): Promise<number> {
  await notesRoot(page).waitFor({ state: 'attached', timeout });
  return notesRoot(page).locator('[data-testid="note"], [data-testid="note-marker"]').count();
}

/** Every note row with its screen-reader label. */
export async function noteLabels(page: Page): Promise<string[]> {
  return notesRoot(page)
    .locator('[data-testid="note"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
}

import { join } from 'node:path';
import type { TabStatus } from '../../utils/messages';
import { axeViolations } from './axe';
import { ARTIFACTS_DIR, expect, readSessionStorage, test, waitFor } from './fixtures';
import { notesRoot, waitForNotes } from './notes-helpers';
import { popupFor, tabIdOf } from './tabs';

// Many stories at once: the built-in story is read-only but can be copied, renamed and extended; a page in two
// stories says which in its notes and the popup; removing an article from a story; a page of no story is in none.

const UNIAN = '000_5f6fa893fbc90bad';
const EMBEDDED_TITLE = 'Who leaked the Witkoff–Ushakov calls';
const MINE = 'The Witkoff calls, my reading';

test('copy the built-in story, rename and extend the copy; a page in both stories says so', async ({
  context,
  serviceWorker,
  extensionId,
  newsroom,
  visit,
  page,
}) => {
  const manager = await context.newPage();
  await manager.goto(`chrome-extension://${extensionId}/stories.html`);
  const builtIn = manager.locator('[data-story-id="witkoff-leak"]');
  await builtIn.waitFor();
  // Read-only: no rename, no remove, no delete; and the background refuses an edit sent anyway.
  expect(await builtIn.getByRole('button', { name: /Remove|Rename|Delete/ }).count()).toBe(0);
  const refused = await manager.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'story-rename', storyId: 'witkoff-leak', title: 'Hijacked' }),
  );
  expect(refused).toEqual({ ok: false, error: 'this story is built in: make a copy to edit it' });

  await builtIn.getByRole('button', { name: 'Make a copy' }).click();
  const copy = manager.locator('[data-story-id="witkoff-leak-copy"]');
  await copy.getByTestId('rename-input').fill(MINE);
  await copy.getByRole('button', { name: 'Rename' }).click();
  await expect.poll(() => copy.getByRole('heading').textContent()).toBe(MINE);

  await visit(newsroom.pages.find((p) => p.articleId === UNIAN)!.path);
  await waitForNotes(page);
  // The other stories detected on the page are noted just after the notes' reply.
  const tabId = await tabIdOf(serviceWorker, page.url());
  await waitFor(async () => {
    const status = (await readSessionStorage(serviceWorker, `tab:${tabId}`)) as TabStatus | null;
    return status?.notes?.alsoIn?.length ? true : null;
  });
  // The notes say it too: each note's detail names its story and the page's other one.
  await notesRoot(page).locator('[data-testid="note"]').first().click();
  const storyLine = await notesRoot(page).getByTestId('note-story').textContent();
  expect(storyLine).toMatch(/^From the story “.+”; this page is also in “.+”\.$/);
  expect(storyLine).toContain(`“${EMBEDDED_TITLE}”`);
  expect(storyLine).toContain(`“${MINE}”`);
  const popup = await popupFor(context, serviceWorker, extensionId, page);
  // The newsroom's copy of the article is at another address than the stories hold: detected, not "in" them.
  await expect
    .poll(() => popup.getByTestId('page-detected-stories').textContent())
    .toBe(`This page looks like it belongs to the stories ${EMBEDDED_TITLE} and ${MINE} (not added to them).`);
  expect(await popup.getByTestId('page-in-stories').count()).toBe(0);
  expect(await popup.getByTestId('coverage-link').getAttribute('href')).toMatch(
    /^chrome-extension:\/\/[a-z]+\/coverage\.html\?story=witkoff-leak(-copy)?$/,
  );
  expect(await popup.getByTestId('library-link').getAttribute('href')).toBe(
    `chrome-extension://${extensionId}/library.html`,
  );
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.screenshot({ path: join(ARTIFACTS_DIR, 'stories-popup-page-in-two-stories.png') });
  expect(await axeViolations(popup)).toEqual([]);
  await popup.close();

  // Extend the copy with a page of another subject, then take it out again on the stories page.
  const comet = newsroom.pages.find((p) => p.path.includes('comet'))!;
  await visit(comet.path);
  const cometPopup = await popupFor(context, serviceWorker, extensionId, page);
  expect(await cometPopup.getByTestId('story-target').inputValue()).toBe('witkoff-leak-copy');
  expect(await cometPopup.getByTestId('page-in-stories').count()).toBe(0);
  await cometPopup.getByTestId('add-article').click();
  await expect.poll(() => cometPopup.getByTestId('story-done').textContent()).toContain(`“${MINE}” (4 articles)`);
  await cometPopup.close();

  await manager.reload();
  await expect.poll(() => copy.getByTestId('story-article').count()).toBe(4);
  expect(await builtIn.getByTestId('story-article').count()).toBe(3);
  await copy.getByRole('button', { name: /^Remove “Comet Halvorsen/ }).click();
  await expect.poll(() => copy.getByTestId('story-article').count()).toBe(3);
  await manager.screenshot({ path: join(ARTIFACTS_DIR, 'stories-page.png'), fullPage: true });
  expect(await axeViolations(manager)).toEqual([]);

  const after = await popupFor(context, serviceWorker, extensionId, page);
  expect(await after.getByTestId('page-in-stories').count()).toBe(0);
  await after.close();

  // Deleting asks first; once confirmed the story is gone, the built-in one stays.
  manager.once('dialog', (dialog) => void dialog.accept());
  await copy.getByRole('button', { name: 'Delete story' }).click();
  await expect.poll(() => copy.count()).toBe(0);
  expect(await manager.getByTestId('story').count()).toBe(1);
  await manager.close();
});

import { test } from './fixtures';
import { checkNotes, checkPassageLanguage, checkPopup, hasReporting, WORDS_DE as words } from './ui-language';

// Sidelight's words in a browser whose UI language is de (`--lang=de`): see ui-language.ts.
test.override({ browserOptions: { viewport: { width: 1920, height: 900 }, colorScheme: 'light', lang: 'de' } });

test("the notes and the popup speak the browser's language (de)", async ({
  context,
  serviceWorker,
  extensionId,
  newsroom,
  page,
  visit,
}) => {
  await checkNotes(page, newsroom, visit, words);
  await checkPopup(context, serviceWorker, extensionId, page, words);
});

test.runIf(hasReporting)(
  "a passage in another language than the page is named in the browser's language (de)",
  async ({ newsroom, page, visit }) => {
    await checkPassageLanguage(page, newsroom, visit, words);
  },
);

import { browser } from 'wxt/browser';
import { notesAllowed, parseSettings, SETTINGS_KEY, type Settings } from '@/utils/notes/settings';
import { compileSpotter, spotStories, type SpotStory } from '@/utils/spot';
import { sendMessage } from '@/utils/send';
import { startHighlights } from '@/utils/dom/highlights-entry';

// Runs on every page, so it stays tiny: one storage read and one regular-expression pass over the text.
// Only when a known story's names appear does the background inject the article script (extraction, UI).
// Late content and single-page navigation get a few more passes: debounced, bounded, tied to `ctx`.

/** Re-checks after content changes, at most this many per address (a live page changes forever). */
const LATE_CHECKS = 8;
const LATE_DEBOUNCE_MS = 800;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    startHighlights(ctx); // Saved highlights and the save button (the drawer loads only when needed).
    const got = await browser.storage.local.get(['spotStories', SETTINGS_KEY]);
    const stories = got.spotStories as SpotStory[] | undefined;
    if (!stories?.length || ctx.isInvalid) return;
    const spotter = compileSpotter(stories);
    let settings: Settings = parseSettings(got[SETTINGS_KEY]);
    let sentFor: string | null = null;
    let checksLeft = LATE_CHECKS;
    const page = () => location.href.split('#')[0] ?? '';

    /** The cheap test; true once this address was handed to the background (nothing more to watch for). */
    const check = (): boolean => {
      if (sentFor === page()) return true;
      if (!notesAllowed(settings, location.href)) return false;
      const text = `${document.title}\n${document.body?.textContent ?? ''}`;
      const spotted = spotStories(text, stories, spotter);
      if (!spotted.length) return false;
      sentFor = page();
      void sendMessage({ type: 'spotted', terms: spotted }).catch(() => undefined);
      return true;
    };

    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (ctx.isInvalid || checksLeft <= 0) return;
        checksLeft--;
        if (check() || checksLeft <= 0) late.disconnect();
      }, LATE_DEBOUNCE_MS);
    };
    const late = new MutationObserver(later);
    const watch = () => document.body && late.observe(document.body, { childList: true, subtree: true });
    ctx.onInvalidated(() => (late.disconnect(), clearTimeout(timer)));

    if (!check()) watch();
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (sentFor === page()) return;
      checksLeft = LATE_CHECKS; // A new document in a single-page app: a fresh, bounded watch.
      watch();
      later();
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      settings = parseSettings(changes[SETTINGS_KEY]!.newValue);
      if (!notesAllowed(settings, location.href))
        sentFor = null; // Switched back on later: draw again.
      else check();
    };
    browser.storage.onChanged.addListener(onChanged);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));
  },
});

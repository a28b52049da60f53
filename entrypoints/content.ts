import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { notesAllowed, parseSettings, SETTINGS_KEY, type Settings } from '@/utils/notes/settings';
import {
  compileSpotter,
  LATE_CHECKS,
  LATE_DEBOUNCE_MS,
  SPOT_STORIES_KEY,
  spotStories,
  type Spotter,
  type SpotStory,
} from '@/utils/spot';
import { pageSpellings } from '@/utils/engine';
import { sendMessage } from '@/utils/browser/send';
import { readAndWatch } from '@/utils/browser/watch-storage';
import { pageKey } from '@/utils/url/page-key';
import { startHighlights } from '@/utils/dom/highlights-entry';
import { spotText } from '@/utils/dom/spot-text';
import { HIGHLIGHT_PAGES_KEY } from '@/utils/highlights/page-filter';

// Runs on every page, so it stays tiny: one storage read and one regular-expression pass over the text.
// Only when a known story's names appear does the background inject the article script (extraction, UI).
// Late content and single-page navigation get a few more passes: debounced, bounded, tied to `ctx`.
// The spot terms can change under a page (the first ones are published just after install, a story gains an
// article), so a change is a reason to look again.

interface Spotting {
  stories: SpotStory[];
  spotter: Spotter | null;
}

function compile(stored: unknown): Spotting | null {
  const stories = Array.isArray(stored) ? (stored as SpotStory[]) : [];
  return stories.length ? { stories, spotter: compileSpotter(stories) } : null;
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would also announce each content script to the page's window, naming the extension's id: any site could
  // tell that its reader runs Sidelight. Its own event on the document is enough to retire an older build's script.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    let spotting: Spotting | null = null;
    let settings: Settings = parseSettings(undefined);
    let sentFor: string | null = null;
    let checksLeft = LATE_CHECKS;
    const page = () => pageKey(location.href);

    /** The cheap test; true once this address was handed to the background (nothing more to watch for). */
    const check = (): boolean => {
      if (sentFor === page()) return true;
      if (!spotting || !notesAllowed(settings, location.href)) return false;
      const spotted = spotStories(spotText(document), spotting.stories, spotting.spotter, pageSpellings);
      if (!spotted.length) return false;
      sentFor = page();
      void sendMessage({ type: 'spotted' }).catch(() => undefined);
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
    // The root, not the body: some sites swap the whole <body> when their content arrives.
    const watch = () => late.observe(document.documentElement, { childList: true, subtree: true });
    /** Looks at this address afresh, with a new bounded watch for late content if the first look finds nothing. */
    const restart = () => {
      checksLeft = LATE_CHECKS;
      if (!check()) watch();
    };
    ctx.onInvalidated(() => (late.disconnect(), clearTimeout(timer)));

    const apply = (values: Record<string, unknown>) => {
      if (SPOT_STORIES_KEY in values) spotting = compile(values[SPOT_STORIES_KEY]);
      if (SETTINGS_KEY in values) settings = parseSettings(values[SETTINGS_KEY]);
    };
    const { values, stop } = await readAndWatch(
      browser.storage,
      [SPOT_STORIES_KEY, SETTINGS_KEY, HIGHLIGHT_PAGES_KEY],
      (changed) => {
        if (!(SPOT_STORIES_KEY in changed) && !(SETTINGS_KEY in changed)) return;
        apply(changed);
        if (!notesAllowed(settings, location.href))
          sentFor = null; // Switched back on later: draw again.
        else if (sentFor !== page()) restart();
      },
    );
    ctx.onInvalidated(stop);
    if (ctx.isInvalid) return stop();
    // Saved highlights and the save button (the drawer loads only when needed).
    startHighlights(ctx, values[HIGHLIGHT_PAGES_KEY]);
    apply(values);
    restart();
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (sentFor === page()) return;
      checksLeft = LATE_CHECKS; // A new document in a single-page app: a fresh, bounded watch.
      watch();
      later();
    });
  },
});

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  NOTES_VIEW_KEY,
  notesViewProblem,
  parseNotesView,
  withRailChoice,
  type NotesView,
  type RailChoice,
} from '@/utils/notes/view-settings';
import { readAndWatch } from '@/utils/browser/watch-storage';

// The reader's choices for how the notes look (utils/notes/view-settings.ts), kept current while the page is
// open: changed in the options page or another tab, the notes follow at once. Tied to `ctx`.

export interface NotesViewWatch {
  current(): NotesView;
  /** Remembers the rail's fold for `site`; the change comes back through `onChange` like any other. */
  setRail(site: string, choice: RailChoice): Promise<void>;
}

const read = (raw: unknown): NotesView => {
  const problem = raw === undefined ? null : notesViewProblem(raw);
  if (problem) console.warn(`Sidelight: the notes' look settings are not valid (${problem}); defaults apply.`);
  return parseNotesView(raw);
};

/** Reads the record and watches it; `onChange` is called after each change. */
export async function watchNotesView(ctx: ContentScriptContext, onChange: () => void): Promise<NotesViewWatch> {
  let view: NotesView = parseNotesView(undefined);
  const { values, stop } = await readAndWatch(browser.storage, [NOTES_VIEW_KEY], (changed) => {
    view = read(changed[NOTES_VIEW_KEY]);
    onChange();
  });
  ctx.onInvalidated(stop);
  view = read(values[NOTES_VIEW_KEY]);
  return {
    current: () => view,
    async setRail(site, choice) {
      // Read afresh: another tab or the options page may have changed the record since this page read it.
      const stored = parseNotesView((await browser.storage.local.get(NOTES_VIEW_KEY))[NOTES_VIEW_KEY]);
      view = withRailChoice(stored, site, choice);
      onChange();
      await browser.storage.local.set({ [NOTES_VIEW_KEY]: view });
    },
  };
}

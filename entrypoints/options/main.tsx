import { render } from 'preact';
import { browser } from 'wxt/browser';
import { NotesLookOptions } from '@/components/options/NotesLookOptions';
import { NOTES_VIEW_KEY, parseNotesView, type NotesView } from '@/utils/notes/view-settings';
import { readAndWatch } from '@/utils/browser/watch-storage';
import './style.css';
import { localizePage } from '@/components/page-language';

localizePage('options_pageTitle');

// The options page: how the notes look (utils/notes/view-settings.ts). Open pages follow a change at once
// (they watch the record); a change made elsewhere (a page's fold control) shows here at once too.

const root = document.getElementById('app')!;

async function start() {
  let view: NotesView;
  const draw = () => render(<NotesLookOptions view={view} onChange={(change) => void update(change)} />, root);
  const update = async (change: (v: NotesView) => NotesView) => {
    // Read afresh: a page may have remembered a site's fold since this page drew.
    const stored = parseNotesView((await browser.storage.local.get(NOTES_VIEW_KEY))[NOTES_VIEW_KEY]);
    await browser.storage.local.set({ [NOTES_VIEW_KEY]: change(stored) });
  };
  const { values } = await readAndWatch(browser.storage, [NOTES_VIEW_KEY], (changed) => {
    view = parseNotesView(changed[NOTES_VIEW_KEY]);
    draw();
  });
  view = parseNotesView(values[NOTES_VIEW_KEY]);
  draw();
}

void start();

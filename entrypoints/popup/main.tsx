import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/popup/Popup';
import type { AddOutcome, AddTarget } from '@/components/popup/AddToStory';
import { StoriesSection } from '@/components/popup/StoriesSection';
import { parseSettings, SETTINGS_KEY, siteOf, withSite, type Settings } from '@/utils/notes/settings';
import type { TabStatus } from '@/utils/messages';
import type { StorySummary } from '@/utils/stories/messages';
import { sendMessage } from '@/utils/browser/send';
import './style.css';

localizePage('extName');
import { t, tn } from '@/utils/browser/i18n';
import { localizePage } from '@/components/page-language';

const root = document.getElementById('app')!;

async function readSettings(): Promise<Settings> {
  return parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/** Writes the settings; open pages react through storage.onChanged (notes go or come back at once). */
async function saveSettings(next: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
}

async function start() {
  // The popup may be opened as a page in tests with ?tab=ID; otherwise it describes the active tab.
  const param = new URLSearchParams(location.search).get('tab');
  const active = param ? null : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const tabId = param ? Number(param) : active?.id;
  const reply = tabId === undefined ? null : await sendMessage({ type: 'get-tab-status', tabId });
  const status: TabStatus | null = reply?.status ?? null;
  // The host permission (no `tabs` permission) lets the popup see the address of web pages only: the site.
  const tab = tabId === undefined ? null : await browser.tabs.get(tabId).catch(() => null);
  const site = siteOf(tab?.url ?? status?.url ?? '');
  let settings = await readSettings();
  let stories: { stories: StorySummary[]; pageIn: string[] } = { stories: [], pageIn: [] };
  let done: string | null = null;

  const loadStories = async () => {
    const list = await sendMessage({ type: 'stories-list', ...(tabId !== undefined && { tabId }) });
    stories = { stories: list.stories, pageIn: list.pageIn };
  };
  const addPage = async (target: AddTarget): Promise<AddOutcome> => {
    if (tabId === undefined) return { error: t('popup_noPage') };
    const added = await sendMessage({ type: 'story-add-page', tabId, ...target });
    if (!added.ok) return { error: added.error };
    const n = added.story.articles.length;
    // The background redraws this page's notes; the story's other open pages show the new article once reloaded.
    done = tn('popup_added', n, [added.story.title]);
    await loadStories().catch(() => undefined); // Added all the same: the list is as it was until the next opening.
    draw();
    return { storyId: added.story.id };
  };
  const draw = () =>
    render(
      <Popup
        status={status}
        site={site}
        settings={settings}
        onSiteOff={(off) => void update((s) => (site ? withSite(s, site, off) : s))}
        onPause={(paused) => void update((s) => ({ ...s, paused }))}
      >
        <StoriesSection
          stories={stories.stories}
          pageIn={stories.pageIn}
          foundStoryId={status?.notes?.story?.id ?? null}
          detectedIds={[status?.notes?.story, ...(status?.notes?.alsoIn ?? [])].flatMap((s) => (s ? [s.id] : []))}
          // Only web pages can be added (the host permission reaches http(s) pages only).
          page={site ? { title: tab?.title || status?.title || '' } : null}
          done={done}
          onAdd={addPage}
        />
      </Popup>,
      root,
    );
  const update = async (change: (s: Settings) => Settings) => {
    settings = change(await readSettings());
    await saveSettings(settings);
    draw();
  };
  await loadStories();
  draw();
}

void start();

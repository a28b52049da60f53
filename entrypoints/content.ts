import { browser } from 'wxt/browser';
import { compileSpotter, spotStories, type SpotStory } from '@/utils/spot';
import { sendMessage } from '@/utils/send';

// Runs on every page, so it stays tiny: one storage read and one regular-expression pass over the text.
// Only when a known story's names appear does the background inject the article script (extraction, UI).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const { spotStories: stories } = (await browser.storage.local.get('spotStories')) as { spotStories?: SpotStory[] };
    if (!stories?.length || ctx.isInvalid) return;
    const text = `${document.title}\n${document.body?.textContent ?? ''}`;
    const spotted = spotStories(text, stories, compileSpotter(stories));
    if (spotted.length) await sendMessage({ type: 'spotted', terms: spotted });
  },
});

import { browser } from 'wxt/browser';
import { findDifferences, identifyLanguage } from '@/utils/engine';
import { passageLanguages } from '@/utils/notes/passage-languages';
import {
  AlignPageSchema,
  FindDifferencesSchema,
  GetTabStatusSchema,
  PingSchema,
  SpottedSchema,
  type PageMessageType,
} from '@/utils/notes/messages';
import { alignPage, getIndex, summarize } from './align';
import { getPacks } from './packs';
import { route, type Routes } from './router';
import { injectionTarget } from './sender';
import { getTabStatus, setTabStatus } from './tab-status';

// Reading a page for its side notes: the spot test's yes, the article's alignment, and what the popup shows of
// a tab. The page is always the sender's own document, at the address the browser gives.

/** The page and notes messages: who may send each, and what the background does with it. */
export const pageRoutes = {
  spotted: route('page', SpottedSchema, async (_msg, sender) => {
    // The index is built while the article script is injected and reads the page, not after its text arrives: a
    // worker the browser had stopped would otherwise start its build only then.
    getIndex().catch(() => undefined);
    // The heavy article script goes only into the document that passed the cheap spot test.
    await browser.scripting.executeScript({ target: injectionTarget(sender), files: ['/content-scripts/article.js'] });
    return { ok: true };
  }),
  'align-page': route('page', AlignPageSchema, async (msg, sender) => {
    const result = await alignPage(msg.text, sender.url);
    if (sender.frameId === 0) {
      const { title, text } = msg;
      const base = { url: sender.url, title, textLength: text.length, excerpt: text.slice(0, 500), readAt: Date.now() };
      await setTabStatus(sender.tabId, { ...base, notes: summarize(result) });
    }
    if (!result) return { ok: true, result };
    // The notes name a passage's language where it is not the page's (components/notes/passage-language.ts).
    return { ok: true, result, languages: passageLanguages(result, await getPacks(), identifyLanguage(msg.text)) };
  }),
  'find-differences': route('page', FindDifferencesSchema, async (msg) => ({
    ok: true,
    differences: msg.pairs.map(([claim, passage]) => findDifferences(claim, passage)),
  })),
  // What was read on a tab is the reader's business: answered to Sidelight's own pages only.
  'get-tab-status': route('extension-page', GetTabStatusSchema, async (msg) => ({
    ok: true,
    status: await getTabStatus(msg.tabId),
  })),
  ping: route('extension-page', PingSchema, async () => {
    const stories = (await getPacks()).map((p) => p.story.id);
    return { ok: true, version: browser.runtime.getManifest().version, stories };
  }),
} satisfies Routes<PageMessageType>;

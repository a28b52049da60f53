import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Route } from '@/entrypoints/background/router';
import { handleMessage, routeTables } from '@/entrypoints/background/routes';
import type { SenderRule } from '@/entrypoints/background/sender';
import type { MessageOf, MessageType } from '@/utils/messages';
import { extensionSender, pageSender } from './senders';

// Every message type is accepted only from the senders its table names, as the browser reports them: the rules
// are spelled out here once more, by hand, so that loosening one in a table fails a test.

const RULES: { [K in MessageType]: SenderRule } = {
  'save-highlight': 'page',
  'highlights-check': 'page',
  'highlights-for-page': 'page',
  'highlights-anchored': 'page',
  'save-selection': 'page',
  'update-highlight': 'both',
  'delete-highlights': 'both',
  spotted: 'page',
  'align-page': 'page',
  'find-differences': 'page',
  'get-tab-status': 'extension-page',
  ping: 'extension-page',
  'get-coverage': 'extension-page',
  'stories-list': 'extension-page',
  'story-get': 'extension-page',
  'story-add-page': 'extension-page',
  'story-remove-article': 'extension-page',
  'story-rename': 'extension-page',
  'story-correct-article': 'extension-page',
  'story-copy': 'extension-page',
  'story-delete': 'extension-page',
  'story-import': 'extension-page',
};

/** One well-formed message of each type. */
const SAMPLES: { [K in MessageType]: MessageOf<K> } = {
  'save-highlight': { type: 'save-highlight', quote: { exact: 'x', prefix: '', suffix: '' }, page: { title: 't' } },
  'highlights-check': { type: 'highlights-check' },
  'highlights-for-page': { type: 'highlights-for-page', canonical: 'https://a.example/x' },
  'highlights-anchored': { type: 'highlights-anchored', results: [{ id: 'h1', found: false }], ms: 1 },
  'save-selection': { type: 'save-selection' },
  'update-highlight': { type: 'update-highlight', id: 'h1', comment: 'c' },
  'delete-highlights': { type: 'delete-highlights', ids: ['h1'] },
  spotted: { type: 'spotted' },
  'align-page': { type: 'align-page', title: 't', text: 'x' },
  'find-differences': { type: 'find-differences', pairs: [['Ushakov said 5.', 'Ushakov said 7.']] },
  'get-tab-status': { type: 'get-tab-status', tabId: 1 },
  ping: { type: 'ping' },
  'get-coverage': { type: 'get-coverage', storyId: 's' },
  'stories-list': { type: 'stories-list' },
  'story-get': { type: 'story-get', storyId: 's' },
  'story-add-page': { type: 'story-add-page', tabId: 1, newTitle: 'n' },
  'story-remove-article': { type: 'story-remove-article', storyId: 's', articleId: 'a' },
  'story-rename': { type: 'story-rename', storyId: 's', title: 't' },
  'story-correct-article': {
    type: 'story-correct-article',
    storyId: 's',
    articleId: 'a',
    details: { title: '', outlet: 'o', author: '', date: '', language: 'en' },
  },
  'story-copy': { type: 'story-copy', storyId: 's' },
  'story-delete': { type: 'story-delete', storyId: 's' },
  'story-import': { type: 'story-import', pack: {}, onConflict: 'ask' },
};

const routes = new Map<string, Route<MessageType>>(
  routeTables.flatMap((t) => Object.entries(t) as [string, Route<MessageType>][]),
);

const SENDERS = {
  'a web page': pageSender('https://news.example.com/a'),
  'a frame of a web page': pageSender('http://frame.example/b', { frameId: 4, documentId: 'doc-4' }),
  'an extension page': extensionSender('popup.html'),
  'an extension page outside a tab': { ...extensionSender('library.html'), tab: undefined },
};

/** Senders no message is accepted from: the browser says they are neither a web page's content script nor ours. */
const STRANGERS = {
  'another extension': { id: 'other-extension', url: 'chrome-extension://other-extension/page.html' },
  'another extension’s content script': { ...pageSender('https://news.example.com/a'), id: 'other-extension' },
  'a content script in a file:// page': pageSender('file:///home/me/a.html'),
  'a content script in about:blank': pageSender('about:blank'),
  'a content script in a data: page': pageSender('data:text/html,<p>x</p>'),
  'a web page without a tab': { ...pageSender('https://news.example.com/a'), tab: undefined },
  'a web page without a frame id': { ...pageSender('https://news.example.com/a'), frameId: undefined },
  'a sender without an address': { id: 'test-extension-id' },
};

const admitted = (rule: SenderRule, kind: 'page' | 'extension-page') => rule === 'both' || rule === kind;

describe('who may send each message', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    for (const route of routes.values())
      vi.spyOn(route, 'handle').mockResolvedValue({ ok: true, handled: true } as never);
  });
  afterEach(() => vi.restoreAllMocks());

  it('routes every message type, each from one table', () => {
    expect([...routes.keys()].sort()).toEqual(Object.keys(RULES).sort());
    expect(routes.size).toBe(routeTables.reduce((n, t) => n + Object.keys(t).length, 0));
  });

  for (const [type, rule] of Object.entries(RULES) as [MessageType, SenderRule][]) {
    it(`${type}: from ${rule === 'both' ? 'a web page or an extension page' : rule} only`, async () => {
      expect(routes.get(type)!.from).toBe(rule);
      for (const [who, sender] of Object.entries(SENDERS)) {
        const kind = sender.url.startsWith('chrome-extension:') ? 'extension-page' : 'page';
        const reply = await handleMessage(SAMPLES[type], sender);
        if (admitted(rule, kind)) expect(reply, who).toEqual({ ok: true, handled: true });
        else expect(reply, who).toMatchObject({ ok: false, refused: true });
      }
      for (const [who, sender] of Object.entries(STRANGERS)) {
        expect(await handleMessage(SAMPLES[type], sender), who).toMatchObject({ ok: false, refused: true });
      }
      // The handler saw only the admitted senders' messages.
      const admittedCount = Object.values(SENDERS).filter((s) =>
        admitted(rule, s.url.startsWith('chrome-extension:') ? 'extension-page' : 'page'),
      ).length;
      expect(routes.get(type)!.handle).toHaveBeenCalledTimes(admittedCount);
    });
  }

  it('hands a page’s handler the page as the browser reports it, the document included', async () => {
    await handleMessage({ type: 'spotted' }, pageSender('https://news.example.com/a#part', { documentId: 'd1' }));
    expect(routes.get('spotted')!.handle).toHaveBeenCalledWith(
      { type: 'spotted' },
      { kind: 'page', tabId: 7, frameId: 0, documentId: 'd1', url: 'https://news.example.com/a#part' },
    );
  });
});

describe('what is not a message', () => {
  beforeEach(() => {
    for (const route of routes.values()) vi.spyOn(route, 'handle').mockResolvedValue({ ok: true } as never);
  });
  afterEach(() => vi.restoreAllMocks());

  it('gets no reply: unknown types, malformed fields, extra fields, and messages gone from the protocol', () => {
    const page = pageSender('https://news.example.com/a');
    for (const raw of [
      null,
      'ping',
      { type: 'no-such-message' },
      { type: 'toString' },
      { type: 'align-page', title: 1, text: '' },
      { type: 'align-page', title: '', text: 'x'.repeat(500_001) },
      // The page's address is the browser's to say: a message that names one is malformed.
      { type: 'align-page', url: 'https://bank.example/', title: '', text: '' },
      { type: 'highlights-for-page', url: 'https://bank.example/' },
      {
        type: 'save-highlight',
        url: 'https://bank.example/',
        quote: { exact: 'x', prefix: '', suffix: '' },
        page: { title: '' },
      },
      { type: 'page-read', url: 'https://a.example/', title: '', textLength: 0, excerpt: '' },
      { type: 'spotted', terms: ['Witkoff'] },
      { type: 'highlights-command', action: 'refresh' },
    ]) {
      expect(handleMessage(raw, page), JSON.stringify(raw)).toBeUndefined();
    }
    for (const route of routes.values()) expect(route.handle).not.toHaveBeenCalled();
  });
});

import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { store } from '@/entrypoints/background/highlights';
import { handleMessage } from '@/entrypoints/background/routes';
import { newHighlight } from '@/utils/highlights/new-highlight';
import { freshIndexedDB } from '../store/helpers';
import { extensionSender, pageSender } from './senders';

// Issue 18: a page reads and changes only the highlights filed under its own address. The address is the
// browser's (the sender's), and the page's rel=canonical counts only on the page's own site, so a page at
// evil.example declaring canonical=https://bank.example/x gets nothing of bank.example's and can change none of it.

const BANK = 'https://bank.example/statement';
const EVIL = 'https://evil.example/landing';
const quote = (exact: string) => ({ exact, prefix: '', suffix: '' });

const bankHighlight = () =>
  newHighlight({ url: BANK, quote: quote('Balance: 12,000'), page: { title: 'Statement' } }, 'bank-1', 1);
const evilHighlight = () =>
  newHighlight({ url: EVIL, quote: quote('Free offer'), page: { title: 'Landing' } }, 'evil-1', 1);

const evil = pageSender(EVIL, { documentId: 'evil-doc' });
/** What the hostile page's content script would say: the page names the bank's address as its canonical. */
const claimingBank = { canonical: BANK };

describe('a page at another site naming it as its canonical', () => {
  let executeScript: ReturnType<typeof vi.fn>;
  beforeEach(async () => {
    freshIndexedDB();
    fakeBrowser.reset();
    vi.restoreAllMocks();
    executeScript = vi.fn().mockResolvedValue([{ result: false }]);
    fakeBrowser.scripting.executeScript = executeScript as never;
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true });
    await store.putAll([bankHighlight(), evilHighlight()]);
  });

  it('is told only of its own highlights, never the bank’s count or records', async () => {
    expect(await handleMessage({ type: 'highlights-check', ...claimingBank }, evil)).toEqual({ ok: true, count: 1 });
    const reply = await handleMessage({ type: 'highlights-for-page', ...claimingBank }, evil);
    expect(reply).toMatchObject({ ok: true, canonicalUrl: EVIL });
    expect((reply as { highlights: { id: string }[] }).highlights.map((h) => h.id)).toEqual(['evil-1']);
  });

  it('saves under its own address, never the bank’s', async () => {
    const reply = await handleMessage(
      { type: 'save-highlight', ...claimingBank, quote: quote('Send money to'), page: { title: 'x' } },
      evil,
    );
    expect(reply).toMatchObject({ ok: true, highlight: { url: EVIL, canonicalUrl: EVIL } });
    expect((await store.byCanonicalUrl(BANK)).map((h) => h.id)).toEqual(['bank-1']);
  });

  it('cannot mark the bank’s highlight not found, edit it or delete it: refused, and nothing changes', async () => {
    const before = await store.get('bank-1');
    for (const msg of [
      { type: 'highlights-anchored' as const, results: [{ id: 'bank-1', found: false }], ms: 1, ...claimingBank },
      // One of its own beside it does not make the report its own.
      {
        type: 'highlights-anchored' as const,
        results: [
          { id: 'evil-1', found: true },
          { id: 'bank-1', found: false },
        ],
        ms: 1,
      },
      { type: 'update-highlight' as const, id: 'bank-1', comment: 'planted', ...claimingBank },
      { type: 'delete-highlights' as const, ids: ['bank-1'], ...claimingBank },
      { type: 'delete-highlights' as const, ids: ['evil-1', 'bank-1'] },
    ]) {
      expect(await handleMessage(msg, evil), msg.type).toMatchObject({ ok: false, refused: true });
    }
    expect(await store.get('bank-1')).toEqual(before);
    expect(await store.get('evil-1')).toBeDefined(); // a refused delete deletes nothing, its own included
    expect(await fakeBrowser.storage.session.get(null)).toEqual({}); // and reports nothing for the tab
  });

  it('may report on, edit and delete its own', async () => {
    const anchored = { type: 'highlights-anchored' as const, results: [{ id: 'evil-1', found: false }], ms: 2 };
    expect(await handleMessage(anchored, evil)).toEqual({ ok: true });
    expect((await store.get('evil-1'))?.anchor?.found).toBe(false);
    expect(await handleMessage({ type: 'update-highlight', id: 'evil-1', comment: 'mine' }, evil)).toMatchObject({
      ok: true,
      highlight: { comment: 'mine' },
    });
    expect(await handleMessage({ type: 'delete-highlights', ids: ['evil-1'] }, evil)).toMatchObject({
      ok: true,
      deleted: [{ id: 'evil-1' }],
    });
  });

  it('refuses a highlight id that does not exist (a page cannot probe or pre-empt ids)', async () => {
    const msg = { type: 'update-highlight' as const, id: 'no-such-id', comment: 'x' };
    expect(await handleMessage(msg, evil)).toMatchObject({ ok: false, refused: true });
  });

  it('starts the drawer only in the very document that asked', async () => {
    await handleMessage({ type: 'highlights-check' }, evil);
    expect(executeScript).toHaveBeenCalled();
    for (const [call] of executeScript.mock.calls) expect(call.target).toEqual({ tabId: 7, documentIds: ['evil-doc'] });
  });
});

describe('a page and its canonical on the same site', () => {
  beforeEach(async () => {
    freshIndexedDB();
    fakeBrowser.reset();
    vi.restoreAllMocks();
    fakeBrowser.scripting.executeScript = vi.fn().mockResolvedValue([{ result: true }]) as never;
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true });
  });

  it('shares the highlights of the article under every address of it on that site', async () => {
    const amp = pageSender('https://amp.news.example/story/amp?utm_source=x');
    const canonical = 'https://news.example/story';
    const saved = await handleMessage(
      { type: 'save-highlight', canonical, quote: quote('A claim'), page: { title: 'Story' } },
      amp,
    );
    expect(saved).toMatchObject({ ok: true, highlight: { canonicalUrl: canonical } });
    const www = pageSender('https://www.news.example/story', { documentId: 'www' });
    expect(await handleMessage({ type: 'highlights-check', canonical }, www)).toEqual({ ok: true, count: 1 });
    expect(await handleMessage({ type: 'highlights-check' }, pageSender(canonical))).toEqual({ ok: true, count: 1 });
  });
});

describe('Sidelight’s own pages', () => {
  beforeEach(async () => {
    freshIndexedDB();
    fakeBrowser.reset();
    await store.putAll([bankHighlight(), evilHighlight()]);
  });

  it('may edit and delete any highlight', async () => {
    const library = extensionSender('library.html');
    expect(await handleMessage({ type: 'update-highlight', id: 'bank-1', tags: ['#a'] }, library)).toMatchObject({
      ok: true,
      highlight: { tags: ['a'] },
    });
    expect(await handleMessage({ type: 'delete-highlights', ids: ['bank-1', 'evil-1'] }, library)).toMatchObject({
      ok: true,
      deleted: [{ id: 'bank-1' }, { id: 'evil-1' }],
    });
  });

  it('may not save, check or read a page’s highlights as if they were the page', async () => {
    const library = extensionSender('library.html');
    for (const msg of [
      { type: 'highlights-for-page' as const, canonical: BANK },
      { type: 'highlights-check' as const, canonical: BANK },
      { type: 'save-highlight' as const, canonical: BANK, quote: quote('x'), page: { title: 'x' } },
    ]) {
      expect(await handleMessage(msg, library), msg.type).toMatchObject({ ok: false, refused: true });
    }
  });
});

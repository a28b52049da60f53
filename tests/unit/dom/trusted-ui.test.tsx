// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OrphanList } from '@/components/highlights/OrphanList';
import { SavedCard } from '@/components/highlights/SavedCard';
import { NoteRow } from '@/components/notes/NoteRow';
import type { Claim } from '@/utils/engine/types';
import { createShadowHost } from '@/utils/dom/shadow-host';
import { watchSelection } from '@/utils/dom/selection-button';
import { newHighlight } from '@/utils/highlights/new-highlight';

// Issue 18: a page's script must not drive Sidelight's controls in it. The UI sits in closed shadow roots, and the
// controls that save, comment or open act only on events the browser marks as the person's (isTrusted). Here a
// script's `.click()` does nothing, while the same click marked trusted (as the browser marks a real one) acts.

/** A click as the browser dispatches it for a real mouse or key: `isTrusted` set (happy-dom sets none). */
function personClick(el: Element) {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  el.dispatchEvent(e);
}

const button = (root: ParentNode, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(text))!;

const highlight = newHighlight(
  { url: 'https://a.example/x', quote: { exact: 'Balance: 12,000', prefix: '', suffix: '' }, page: { title: 'x' } },
  'h1',
  1,
);

/** A content-script context that runs listeners and timers at once and is never invalidated. */
const ctx = {
  isInvalid: false,
  addEventListener: (t: EventTarget, type: string, h: EventListener) => t.addEventListener(type, h),
  setTimeout: (f: () => void) => (f(), 0),
  onInvalidated: () => () => undefined,
} as unknown as ContentScriptContext;

let mount: HTMLElement;
beforeEach(() => void document.body.append((mount = document.createElement('div'))));
afterEach(() => {
  render(null, mount);
  mount.remove();
  document.querySelectorAll('sidelight-save, sidelight-test').forEach((e) => e.remove());
  vi.restoreAllMocks();
});

describe('the highlight card', () => {
  it('saves the comment and deletes only on the person’s click', () => {
    const onSave = vi.fn();
    const onDelete = vi.fn();
    act(() =>
      render(<SavedCard highlight={highlight} onSave={onSave} onDelete={onDelete} onClose={() => {}} />, mount),
    );
    act(() => button(mount, 'Save note').click());
    act(() => button(mount, 'Delete').click());
    expect(onSave).not.toHaveBeenCalled();
    expect(onDelete).not.toHaveBeenCalled();
    act(() => personClick(button(mount, 'Save note')));
    act(() => personClick(button(mount, 'Delete')));
    expect(onSave).toHaveBeenCalledWith({ comment: '', tags: [] });
    expect(onDelete).toHaveBeenCalledOnce();
  });
});

describe('the list of highlights not found', () => {
  it('opens (showing the quotes) only on the person’s click', () => {
    act(() => render(<OrphanList orphans={[highlight]} />, mount));
    act(() => button(mount, 'not found').click());
    expect(mount.textContent).not.toContain('Balance');
    act(() => personClick(button(mount, 'not found')));
    expect(mount.querySelector('li')?.textContent).toBe('Balance: 12,000');
  });
});

describe('a side note', () => {
  it('opens only on the person’s click', () => {
    const claim = { text: 'A claim.', matches: [] } as unknown as Claim;
    const onOpen = vi.fn();
    const row = { note: { id: 'c0', claim }, open: false, emphasised: false, tabbable: true, buttonRef: () => {} };
    act(() => render(<NoteRow {...row} onOpen={onOpen} />, mount));
    act(() => mount.querySelector('button')!.click());
    expect(onOpen).not.toHaveBeenCalled();
    act(() => personClick(mount.querySelector('button')!));
    expect(onOpen).toHaveBeenCalledWith('c0');
  });
});

describe('the shadow roots', () => {
  it('are closed: the page sees no shadowRoot on Sidelight’s hosts', () => {
    const { host, mount: inner } = createShadowHost(ctx, 'sidelight-test', '');
    expect(host.shadowRoot).toBeNull();
    expect(inner.isConnected).toBe(true);
  });
});

describe('the save button beside a selection', () => {
  it('shows in a closed root and saves only on the person’s click', () => {
    const roots: ShadowRoot[] = [];
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
      roots.push(attach.call(this, init));
      return roots.at(-1)!;
    });
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue({ width: 50, height: 10 } as DOMRect);
    const onSave = vi.fn();
    watchSelection(ctx, onSave);
    mount.textContent = 'Transfer the balance to account 12345 today.';
    const range = document.createRange();
    range.setStart(mount.firstChild!, 0);
    range.setEnd(mount.firstChild!, 20);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    // A page's script can make the selection and the mouseup: the button then shows, closed to the page.
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    const host = document.querySelector('sidelight-save')!;
    expect(host.shadowRoot).toBeNull();
    const save = roots.at(-1)!.querySelector('button')!;
    save.click();
    expect(onSave).not.toHaveBeenCalled();
    personClick(save);
    expect(onSave).toHaveBeenCalledOnce();
  });
});

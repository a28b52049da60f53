// Helpers for the highlights e2e tests: select text in a page (by script, or dragging the real mouse), read the
// extension's database, count drawn ranges.
import type { Page, Worker } from 'playwright-core';
import type { Highlight } from '../../utils/highlights/types';
import { onExtensionStore } from './extension-db';

/** Selects `length` characters of the `nth` paragraph longer than 120 characters, as a reader would, and returns the text. */
export async function selectInParagraph(page: Page, nth: number, from = 0, length = 60): Promise<string> {
  return page.evaluate(
    ([n, start, len]) => {
      const ps = [...document.querySelectorAll('p')].filter((p) => (p.textContent ?? '').length > 120);
      const p = ps[n]!;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode() as Text;
      const range = document.createRange();
      range.setStart(node, Math.min(start, node.length));
      range.setEnd(node, Math.min(start + len, node.length));
      const sel = getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      // The selection button appears on mouseup, as after a drag.
      const r = range.getBoundingClientRect();
      p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: r.right, clientY: r.bottom }));
      return range.toString();
    },
    [nth, from, length] as const,
  );
}

/** The centre of an element of Sidelight's UI in the reader's page, to click it with the mouse. */
export async function centre(page: Page, locator: ReturnType<Page['locator']>) {
  await locator.waitFor();
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags the mouse over the first `length` characters of the `nth` long paragraph, as a reader selects. */
export async function dragOver(page: Page, nth: number, length: number) {
  const { from, to } = await page.evaluate(
    ([n, len]) => {
      const p = [...document.querySelectorAll('p')].filter((e) => (e.textContent ?? '').length > 120)[n]!;
      p.scrollIntoView({ block: 'center' });
      const text = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode() as Text;
      const charBox = (i: number) => {
        const r = document.createRange();
        r.setStart(text, i);
        r.setEnd(text, i + 1);
        return r.getBoundingClientRect();
      };
      const first = charBox(0);
      const last = charBox(len - 1);
      return {
        from: { x: first.left + 1, y: first.top + first.height / 2 },
        to: { x: last.right - 1, y: last.top + last.height / 2 },
      };
    },
    [nth, length] as const,
  );
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/** Every highlight in the extension's IndexedDB, read in its service worker. */
export function allHighlights(worker: Worker): Promise<Highlight[]> {
  return onExtensionStore(worker, 'sidelight-highlights', 'highlights', 'getAll');
}

/**
 * Writes `h` straight into the extension's IndexedDB from its service worker, as a test's seed: no page may
 * save a highlight under an address other than its own (issue 18), so a record for an arbitrary page is put there.
 */
export async function putHighlight(worker: Worker, h: Highlight): Promise<void> {
  await onExtensionStore(worker, 'sidelight-highlights', 'highlights', 'put', h);
}

/** How many ranges Sidelight's saved-highlight style covers in `page` (the registry is shared by all worlds). */
export function drawnRanges(page: Page, name = 'sidelight-saved'): Promise<string[]> {
  return page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()), name);
}

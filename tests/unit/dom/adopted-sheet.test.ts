// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { adoptedSheet } from '@/utils/dom/adopted-sheet';

// The sheet that carries Sidelight's ::highlight() rules (issue 20): adopted once however often a drawer draws,
// back after a page replaced the document's list, and gone on remove() with the page's own sheets left alone.

it('is adopted once, comes back after the page replaced the list, and leaves the page’s sheets on remove', () => {
  const own = new CSSStyleSheet();
  document.adoptedStyleSheets = [own];
  const sheet = adoptedSheet(document, 'mark { background-color: yellow; }');
  /** The document's adopted sheets by identity: the page's, ours, or another. */
  const list = () => document.adoptedStyleSheets.map((s) => (s === own ? 'page' : s.cssRules.length ? 'ours' : '?'));
  expect(list()).toEqual(['page']);
  sheet.adopt();
  sheet.adopt();
  expect(list()).toEqual(['page', 'ours']);

  document.adoptedStyleSheets = [own]; // a page's framework assigning its own list
  sheet.adopt();
  expect(list()).toEqual(['page', 'ours']);

  sheet.remove();
  expect(list()).toEqual(['page']);
});

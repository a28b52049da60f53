import { adoptedSheet } from './adopted-sheet';

// Paints claims with the CSS Custom Highlight API: ranges are styled without a single change to the page's DOM,
// and only page CSS naming these highlights could restyle them. The ::highlight rules go in a sheet adopted by the
// document (adopted-sheet.ts), removed on teardown.

/** Highlight names, also used in the rules below. */
export const HL = { linked: 'sidelight-linked', unreported: 'sidelight-unreported', active: 'sidelight-active' };

const RULES = `
::highlight(${HL.linked}) { text-decoration: underline 2px rgb(214 140 0 / 0.85); text-underline-offset: 3px; }
::highlight(${HL.unreported}) { text-decoration: underline dotted 2px rgb(128 128 128 / 0.8); text-underline-offset: 3px; }
::highlight(${HL.active}) { background-color: rgb(255 196 0 / 0.35); }
@media (prefers-color-scheme: dark) {
  ::highlight(${HL.linked}) { text-decoration-color: rgb(255 200 80 / 0.85); }
  ::highlight(${HL.active}) { background-color: rgb(255 196 0 / 0.3); }
}`;

/** Whether this browser paints custom highlights (else the notes UI draws its own marks). */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export interface ClaimHighlights {
  /** Emphasises one claim's range (null: none). */
  setActive(range: Range | null): void;
  /** Replaces the painted claims. */
  paint(linked: Range[], unreported: Range[]): void;
  /** Removes every highlight and the adopted sheet. */
  clear(): void;
}

/** Creates the highlight painter; returns null where the API is missing. */
export function createClaimHighlights(doc: Document): ClaimHighlights | null {
  if (!highlightsSupported()) return null;
  const sheet = adoptedSheet(doc, RULES);
  sheet.adopt();
  const active = new Highlight();
  active.priority = 2;
  CSS.highlights.set(HL.active, active);
  return {
    setActive(range) {
      active.clear();
      if (range) active.add(range);
    },
    paint(linked, unreported) {
      sheet.adopt(); // back, if the page replaced its adopted sheets since
      CSS.highlights.set(HL.linked, new Highlight(...linked));
      CSS.highlights.set(HL.unreported, new Highlight(...unreported));
    },
    clear() {
      for (const name of Object.values(HL)) CSS.highlights.delete(name);
      sheet.remove();
    },
  };
}

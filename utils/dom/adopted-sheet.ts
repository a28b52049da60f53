// A stylesheet that the extension gives a page's document. Chromium paints ::highlight() rules only from the
// document's own style scope: a constructed sheet adopted by the document is there, and leaves the page's DOM
// alone (a <style> element would not). A user stylesheet from scripting.insertCSS registers and is never painted
// (issue 20).

export interface AdoptedSheet {
  /** Adopts the sheet unless the document has it: cheap on every draw; restores it if the page replaced its list. */
  adopt(): void;
  /** Takes the sheet out of the document. */
  remove(): void;
}

/** A constructed sheet holding `css` for `doc`, adopted by it only on adopt(). */
export function adoptedSheet(doc: Document, css: string): AdoptedSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return {
    adopt() {
      if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    },
    remove() {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}

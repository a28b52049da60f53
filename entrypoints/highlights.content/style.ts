// How saved highlights look. The rules go in a sheet the drawer's document adopts (utils/dom/adopted-sheet.ts),
// in the page's own (author) origin: !important keeps ordinary page rules off them, though a page could still
// style these highlight names with !important rules of its own.

export const SAVED = 'sidelight-saved';
export const PENDING = 'sidelight-saved-pending';

/** Background colours as [red, green, blue, alpha]; the e2e paint test checks the pixels against them. */
export const SAVED_BACKGROUND = { light: [255, 200, 0, 0.45], dark: [255, 200, 0, 0.35] } as const;
const PENDING_BACKGROUND = [255, 120, 0, 0.3] as const;

const rgba = ([r, g, b, a]: readonly number[]) => `rgba(${r}, ${g}, ${b}, ${a})`;

/** The saved and pending highlights' rules, with their dark-scheme variant. */
export const SAVED_CSS = `
::highlight(${SAVED}) { background-color: ${rgba(SAVED_BACKGROUND.light)} !important; color: inherit !important; }
::highlight(${PENDING}) { background-color: ${rgba(PENDING_BACKGROUND)} !important; text-decoration: underline dashed !important; }
@media (prefers-color-scheme: dark) {
  ::highlight(${SAVED}) { background-color: ${rgba(SAVED_BACKGROUND.dark)} !important; }
}`;

// The languages the engine identifies by name, in a file of their own: the notes in the page name a passage's
// language by this list without bundling the identifier (identify.ts).

/** The languages the engine identifies by name. */
export const IDENTIFIED = ['en', 'de', 'fr', 'es', 'it', 'pl', 'uk', 'ru'] as const;

/** The languages the engine identifies; 'other' is any language it has no vocabulary for. */
export type Language = (typeof IDENTIFIED)[number] | 'other';

import { createContext } from 'preact';

// Saving a note's claim, with its linked passages, to the reader's highlights. The content script owns the
// sending and the state (it outlives any one render); the note's detail only shows it and asks.

/** Where saving one claim stands: nothing asked yet, on its way, saved, or a message saying why not. */
export type ClaimSaveState = { state: 'idle' | 'saving' | 'saved' } | { state: 'failed'; message: string };

export interface ClaimSaving {
  stateOf(id: string): ClaimSaveState;
  save(id: string): void;
}

/** Provided by NotesApp when the page can save; absent, notes show no save button. */
export const ClaimSavingContext = createContext<ClaimSaving | null>(null);

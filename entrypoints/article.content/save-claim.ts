import type { ClaimSaveState, ClaimSaving } from '@/components/notes/save-claim';
import { rangeToHighlightMessage } from '@/utils/dom/highlight-message';
import type { Claim } from '@/utils/engine';
import { claimLinks } from '@/utils/highlights/claim-links';
import { claimIndex } from '@/utils/notes/note-id';
import { sendMessage } from '@/utils/browser/send';
import { t } from '@/utils/browser/i18n';

// Saves a note's claim as a highlight with the passages the note links it to: the same message a selection
// saves with (so the drawer then paints it in the highlights' colour), plus the story and the links.

interface Options {
  storyId: string | undefined;
  claims: Claim[];
  /** The claim's range in the page now (it is re-anchored when the page changes), or null. */
  rangeOf(index: number): Range | null;
  /** Called whenever a state changes, so the notes show it. */
  changed(): void;
  /** Settles once the links' differences are in: a saved link says whether it differs. */
  differencesIn: Promise<void>;
}

/** The notes' saving: one state per note id (utils/notes/note-id.ts), kept for the page's life. */
export function claimSaver({ storyId, claims, rangeOf, changed, differencesIn }: Options): ClaimSaving {
  const states = new Map<string, ClaimSaveState>();
  /** Each note's highlight id, kept until it is saved: saving again after a failure cannot save it twice. */
  const highlightIds = new Map<string, string>();
  const set = (id: string, state: ClaimSaveState) => {
    states.set(id, state);
    changed();
  };
  const save = async (id: string) => {
    const index = claimIndex(id);
    const range = rangeOf(index);
    const msg = range && rangeToHighlightMessage(range);
    if (!msg) return set(id, { state: 'failed', message: t('notes_saveGone') });
    set(id, { state: 'saving' });
    try {
      const highlightId = highlightIds.get(id) ?? crypto.randomUUID();
      highlightIds.set(id, highlightId);
      await differencesIn;
      const links = claimLinks(claims[index]!);
      const reply = await sendMessage({ ...msg, id: highlightId, ...(storyId ? { storyId } : {}), links });
      if (reply.ok) {
        highlightIds.delete(id); // Saved: a later save of the same note is a new highlight, as before.
        set(id, { state: 'saved' });
      } else if (reply.pending) set(id, { state: 'failed', message: t('notes_savePending', [reply.error]) });
      else set(id, { state: 'failed', message: t('notes_saveFailed', [reply.error]) });
    } catch {
      set(id, { state: 'failed', message: t('notes_saveUnreachable') });
    }
  };
  return { stateOf: (id) => states.get(id) ?? { state: 'idle' }, save: (id) => void save(id) };
}

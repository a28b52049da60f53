import type { Claim } from '@/utils/engine';
import type { Box } from '@/utils/dom/claim-geometry';
import type { Placement } from '@/utils/notes/placement';
import type { PassageLanguages } from '@/utils/notes/passage-languages';
import type { PageStories } from './page-stories';
import type { ClaimSaving } from './save-claim';

/** One claim the page shows a note for; `id` is stable for the page's life ("c0", "c1", ...). */
export interface NoteModel {
  id: string;
  claim: Claim;
}

/** What the content script hands the notes UI on every layout. */
export interface NotesViewProps {
  notes: NoteModel[];
  placement: Placement;
  /** The claim under the pointer in the page, so its note is emphasised. */
  hoverId: string | null;
  /** Line boxes to paint where the browser lacks the Custom Highlight API; null where it has it. */
  fallbackBoxes: { id: string; boxes: Box[]; linked: boolean }[] | null;
  /** Called with the claim a note emphasises (hover or focus), or null. */
  onEmphasis(id: string | null): void;
  /** Filled in by the UI: moves keyboard focus into the notes (the shortcut calls it). */
  controller: NotesController;
  /** Saves a note's claim with its sources to the highlights; without it notes offer no saving. */
  saving?: ClaimSaving;
  /** The page's story and its other stories, named in each note's detail. */
  stories?: PageStories;
  /** The page's and the linked articles' languages: a passage in another language than the page is named so. */
  languages?: PassageLanguages;
  /** Whether claims no other source reports are underlined too (the legend says what the underlines mean). */
  underlineUnreported?: boolean;
  /** The rail's fold control, in windows with room for a rail; absent in narrow ones. */
  fold?: RailFold;
}

/** Folds the rail into markers, or opens it again, on this site (remembered per site). */
export interface RailFold {
  folded: boolean;
  site: string;
  toggle(): void;
}

export interface NotesController {
  enter?: () => void;
}

import type { PageGeometry } from '@/utils/dom/claim-geometry';
import { contentIn } from '@/utils/dom/margin-content';
import type { RailAnchor } from '@/utils/notes/layout';
import { railBox, railSlots, slotPast, type RailSlot } from '@/utils/notes/placement';
import type { RailChoice } from '@/utils/notes/view-settings';

// Where the rail goes on this page now: the nearest slot beside the column that the page's own content leaves
// free (past a sidebar when the window is wide enough), else folded into markers, unless the reader opened the
// rail on this site (then beside the column, over whatever is there, as asked).

/** Slots tried past content on each side: a margin holds a sidebar or two, not more. */
const MAX_STEPS = 3;

/** The rail's left edge (host coordinates), or null when the notes fold into markers. */
export function chooseRail(
  geometry: PageGeometry,
  anchors: readonly RailAnchor[],
  host: Element,
  choice: RailChoice | null,
): number | null {
  const slots = railSlots(geometry);
  if (!slots.length || !anchors.length || choice === 'folded') return null;
  const origin = host.getBoundingClientRect();
  const covered = (slot: RailSlot) => {
    const box = railBox(anchors, slot.left);
    const found = contentIn({ ...box, left: box.left + origin.left, top: box.top + origin.top }, host);
    return found && { left: found.left - origin.left, right: found.right - origin.left };
  };
  for (const first of slots) {
    let slot: RailSlot | null = first;
    for (let step = 0; slot && step < MAX_STEPS; step++) {
      const blocker = covered(slot);
      if (!blocker) return slot.left;
      slot = slotPast(geometry, slot, blocker);
    }
  }
  return choice === 'open' ? slots[0]!.left : null;
}

import type { RefObject } from 'preact';
import type { Placement } from '@/utils/notes/placement';
import { RAIL } from '@/utils/notes/placement';
import { NoteItem } from './NoteItem';
import type { NoteModel } from './types';

interface Props {
  byId: Map<string, NoteModel>;
  placement: Placement;
  openId: string | null;
  focusId: string | null;
  emphasisId: string | null;
  rows: RefObject<Map<string, HTMLButtonElement>>;
  onOpen(id: string | null): void;
  onHover(id: string | null): void;
}

/** The margin rail: one card per group of nearby claims, each card at its first claim's height. */
export function Rail({ byId, placement, openId, focusId, emphasisId, rows, onOpen, onHover }: Props) {
  return (
    <div class="rail" style={{ left: `${placement.left}px`, width: `${RAIL.width}px` }}>
      {placement.groups.map((g) => (
        <ul class="group" key={g.ids[0]} style={{ top: `${g.top}px` }} data-testid="note-group">
          {g.ids.map((id) => {
            const note = byId.get(id);
            if (!note) return null;
            return (
              <NoteItem
                key={id}
                note={note}
                open={openId === id}
                emphasised={emphasisId === id}
                tabbable={focusId === id}
                rows={rows}
                onOpen={onOpen}
                onHover={onHover}
              />
            );
          })}
        </ul>
      ))}
    </div>
  );
}

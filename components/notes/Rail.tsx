import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
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

/** The margin rail: one card per group of nearby claims, each card at its first claim's height, or below the
 *  card above it when that card has grown (an open note): an open note never covers the notes after it. */
export function Rail({ byId, placement, openId, focusId, emphasisId, rows, onOpen, onHover }: Props) {
  const cards = useRef<Array<HTMLUListElement | null>>([]);
  const [tops, setTops] = useState<number[]>([]);
  useLayoutEffect(() => {
    let bottom = -Infinity;
    const next = placement.groups.map((g, i) => {
      const top = Math.max(g.top, bottom + RAIL.gap);
      bottom = top + (cards.current[i]?.offsetHeight ?? 0);
      return top;
    });
    setTops((prev) => (prev.length === next.length && prev.every((t, i) => t === next[i]) ? prev : next));
  }, [placement, openId]);
  return (
    <div class="rail" style={{ left: `${placement.left}px`, width: `${RAIL.width}px` }}>
      {placement.groups.map((g, i) => (
        <ul
          class="group"
          key={g.ids[0]}
          ref={(el) => void (cards.current[i] = el)}
          style={{ top: `${tops[i] ?? g.top}px` }}
          data-testid="note-group"
        >
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

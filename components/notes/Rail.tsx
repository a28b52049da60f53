import type { Ref, RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Placement } from '@/utils/notes/placement';
import { RAIL } from '@/utils/notes/placement';
import { FoldToggle } from './FoldToggle';
import { Legend } from './Legend';
import { NoteItem } from './NoteItem';
import type { NoteModel, RailFold } from './types';

interface Props {
  byId: Map<string, NoteModel>;
  placement: Placement;
  openId: string | null;
  focusId: string | null;
  emphasisId: string | null;
  rows: RefObject<Map<string, HTMLButtonElement>>;
  onOpen(id: string | null): void;
  onHover(id: string | null): void;
  underlineUnreported: boolean;
  fold: RailFold | undefined;
  toggleRef: Ref<HTMLButtonElement>;
}

/** The margin rail: a top bar (fold control, legend), then one card per group of nearby claims, each card at
 *  its first claim's height, or below the card above it when that card has grown (an open note, the open
 *  legend): nothing in the rail covers the notes after it. */
export function Rail(props: Props) {
  const { byId, placement, openId, focusId, emphasisId, rows, onOpen, onHover } = props;
  const bar = useRef<HTMLDivElement>(null);
  const cards = useRef<Array<HTMLUListElement | null>>([]);
  const [tops, setTops] = useState<number[]>([]);
  const [legend, setLegend] = useState(false);
  const barTop = placement.toggle?.top ?? 0;
  useLayoutEffect(() => {
    let bottom = bar.current ? barTop + bar.current.offsetHeight : -Infinity;
    const next = placement.groups.map((g, i) => {
      const top = Math.max(g.top, bottom + RAIL.gap);
      bottom = top + (cards.current[i]?.offsetHeight ?? 0);
      return top;
    });
    setTops((prev) => (prev.length === next.length && prev.every((t, i) => t === next[i]) ? prev : next));
  }, [placement, openId, legend]);
  return (
    <div class="rail" style={{ left: `${placement.left}px`, width: `${RAIL.width}px` }} data-testid="rail">
      <div class="rail-bar" ref={bar} style={{ top: `${barTop}px` }}>
        <Legend underlineUnreported={props.underlineUnreported} open={legend} onToggle={() => setLegend(!legend)} />
        {props.fold && <FoldToggle fold={props.fold} buttonRef={props.toggleRef} />}
      </div>
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

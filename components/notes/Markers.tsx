import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { trusted } from '@/utils/dom/trusted';
import { excerpt } from '@/utils/notes/labels';
import type { Placement } from '@/utils/notes/placement';
import { NoteItem } from './NoteItem';
import type { NoteModel } from './types';

interface Props {
  byId: Map<string, NoteModel>;
  placement: Placement;
  panelGroup: number | null;
  openId: string | null;
  emphasisId: string | null;
  markers: RefObject<Map<number, HTMLButtonElement>>;
  rows: RefObject<Map<string, HTMLButtonElement>>;
  onPanel(group: number | null): void;
  onOpen(id: string | null): void;
}

/** Narrow windows: a small marker per group of claims at the column's edge, and the panel a marker opens. */
export function Markers({ byId, placement, panelGroup, openId, emphasisId, markers, rows, onPanel, onOpen }: Props) {
  const group = panelGroup === null ? null : placement.groups[panelGroup];
  // An opened panel takes focus (its first note), so the keyboard continues where the reader looks.
  useEffect(() => {
    if (group) rows.current?.get(group.ids[0]!)?.focus();
  }, [panelGroup]);
  return (
    <>
      {placement.groups.map((g, i) => (
        <button
          key={g.ids[0]}
          ref={(el) => {
            if (el) markers.current?.set(i, el);
            else markers.current?.delete(i);
          }}
          type="button"
          class="marker"
          data-testid="note-marker"
          style={{ top: `${g.top}px`, left: `${placement.left}px` }}
          tabIndex={i === 0 ? 0 : -1}
          aria-expanded={panelGroup === i}
          aria-label={markerName(g.ids.map((id) => byId.get(id)?.claim.text ?? ''))}
          title={`${g.ids.length} note${g.ids.length === 1 ? '' : 's'} here`}
          onClick={trusted(() => onPanel(panelGroup === i ? null : i))}
        >
          {g.ids.length}
        </button>
      ))}
      {group && (
        // Focusable itself, so a click on its text keeps focus inside and does not dismiss it (NotesApp).
        <div class="panel" role="dialog" aria-label="Side notes" data-testid="note-panel" tabIndex={-1}>
          <button type="button" class="close" aria-label="Close side notes" onClick={() => onPanel(null)}>
            ×
          </button>
          <ul class="panel-list">
            {group.ids.map((id, i) => {
              const note = byId.get(id);
              if (!note) return null;
              return (
                <NoteItem
                  key={id}
                  note={note}
                  open={openId === id}
                  emphasised={emphasisId === id}
                  tabbable={openId === id || (openId === null && i === 0)}
                  rows={rows}
                  onOpen={onOpen}
                />
              );
            })}
          </ul>
        </div>
      )}
    </>
  );
}

/** A marker's name: how many claims it holds and the first one's opening words, so markers differ. */
function markerName(claims: string[]): string {
  const n = claims.length;
  return `Side notes for ${n} claim${n === 1 ? '' : 's'}, from “${excerpt(claims[0] ?? '', 60)}”`;
}

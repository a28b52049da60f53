import type { RefObject } from 'preact';
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
          aria-label={`Side notes for ${g.ids.length} claim${g.ids.length === 1 ? '' : 's'}`}
          onClick={() => onPanel(panelGroup === i ? null : i)}
        >
          {g.ids.length}
        </button>
      ))}
      {group && (
        <div class="panel" role="dialog" aria-label="Side notes" data-testid="note-panel">
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

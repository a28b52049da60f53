import type { RefObject } from 'preact';
import { NoteDetail } from './NoteDetail';
import { NoteRow } from './NoteRow';
import type { NoteModel } from './types';

interface Props {
  note: NoteModel;
  open: boolean;
  emphasised: boolean;
  tabbable: boolean;
  /** Each row's button by note id, so the keyboard model can move focus between rows. */
  rows: RefObject<Map<string, HTMLButtonElement>>;
  onOpen(id: string | null): void;
  onHover?(id: string | null): void;
}

/** One note as the rail and the narrow-window panel both list it: its row, and its detail when open. */
export function NoteItem({ note, open, emphasised, tabbable, rows, onOpen, onHover }: Props) {
  return (
    <li class="item" onMouseEnter={onHover && (() => onHover(note.id))} onMouseLeave={onHover && (() => onHover(null))}>
      <NoteRow
        note={note}
        open={open}
        emphasised={emphasised}
        tabbable={tabbable}
        buttonRef={(el) => {
          if (el) rows.current?.set(note.id, el);
          else rows.current?.delete(note.id);
        }}
        onOpen={onOpen}
      />
      {open && <NoteDetail id={note.id} claim={note.claim} />}
    </li>
  );
}

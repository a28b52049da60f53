import type { Ref, RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { trusted } from '@/utils/dom/trusted';
import { t, tn } from '@/utils/browser/i18n';
import { excerpt, outletsOf } from '@/utils/notes/labels';
import type { Placement } from '@/utils/notes/placement';
import { FoldToggle } from './FoldToggle';
import { Legend } from './Legend';
import { NoteItem } from './NoteItem';
import type { NoteModel, RailFold } from './types';

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
  underlineUnreported: boolean;
  /** The control that opens the rail again, where the window has room for it (the notes were folded). */
  fold: RailFold | undefined;
  toggleRef: Ref<HTMLButtonElement>;
}

/** Narrow windows, and folded notes: a small marker per group of claims at the column's edge, and the panel a
 *  marker opens. A marker's number means what a row's does: how many other outlets report its claims. */
export function Markers(props: Props) {
  const { byId, placement, panelGroup, openId, emphasisId, markers, rows, onPanel, onOpen } = props;
  const group = panelGroup === null ? null : placement.groups[panelGroup];
  const [legend, setLegend] = useState(false);
  // An opened panel takes focus (its first note), so the keyboard continues where the reader looks.
  useEffect(() => {
    if (group) rows.current?.get(group.ids[0]!)?.focus();
  }, [panelGroup]);
  return (
    <>
      {props.fold && placement.toggle && (
        <FoldToggle
          fold={props.fold}
          buttonRef={props.toggleRef}
          style={{ top: `${placement.toggle.top}px`, left: `${placement.toggle.left}px` }}
        />
      )}
      {placement.groups.map((g, i) => {
        const claims = g.ids.flatMap((id) => byId.get(id)?.claim ?? []);
        const sources = new Set(claims.flatMap(outletsOf)).size;
        return (
          <button
            key={g.ids[0]}
            ref={(el) => {
              if (el) markers.current?.set(i, el);
              else markers.current?.delete(i);
            }}
            type="button"
            class={`marker${sources ? '' : ' unreported'}`}
            data-testid="note-marker"
            style={{ top: `${g.top}px`, left: `${placement.left}px` }}
            tabIndex={i === 0 ? 0 : -1}
            aria-expanded={panelGroup === i}
            aria-label={markerName(
              claims.map((c) => c.text),
              sources,
            )}
            title={markerTitle(claims.length, sources)}
            onClick={trusted(() => onPanel(panelGroup === i ? null : i))}
          >
            <span class="count" aria-hidden="true">
              {sources || '–'}
            </span>
          </button>
        );
      })}
      {group && (
        // Focusable itself, so a click on its text keeps focus inside and does not dismiss it (NotesApp).
        <div class="panel" role="dialog" aria-label={t('notes_sideNotes')} data-testid="note-panel" tabIndex={-1}>
          <button type="button" class="close" aria-label={t('notes_closeSideNotes')} onClick={() => onPanel(null)}>
            ×
          </button>
          <Legend underlineUnreported={props.underlineUnreported} open={legend} onToggle={() => setLegend(!legend)} />
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

/** A marker's name: how many claims it holds and the first one's opening words, so markers differ, then what
 *  its number counts. */
function markerName(claims: string[], sources: number): string {
  const n = claims.length;
  const reporting = n === 1 ? reportIt(sources) : reportThem(sources);
  return tn('notes_markerName', n, [excerpt(claims[0] ?? '', 60), reporting]);
}

/** "3 other sources report it" (one claim) / "No other source reports them" (several). */
const reportIt = (sources: number) => (sources ? tn('notes_reportIt', sources) : t('notes_noneReportsIt'));
const reportThem = (sources: number) => (sources ? tn('notes_reportThem', sources) : t('notes_noneReportsThem'));

/** The tooltip: the number's meaning, in words a pointer reader sees on hovering. */
function markerTitle(claims: number, sources: number): string {
  return tn('notes_markerTitle', claims, [sources ? reportThem(sources) : t('notes_noOtherSourceLower')]);
}

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, wordsLocale } from '@/utils/browser/i18n';
import { FallbackMarks } from './FallbackMarks';
import { Markers } from './Markers';
import { Rail } from './Rail';
import { PageStoriesContext } from './page-stories';
import { PassageLanguagesContext } from './passage-language';
import { ClaimSavingContext } from './save-claim';
import type { NotesViewProps } from './types';
import { useRailKeys } from './use-rail-keys';

/** The side notes: a rail in the margin, or markers and a panel in narrow windows; keyboard and pointer. */
export function NotesApp(props: NotesViewProps) {
  const { notes, placement, hoverId, fallbackBoxes, onEmphasis, controller, saving, stories, languages, fold } = props;
  const byId = useMemo(() => new Map(notes.map((n) => [n.id, n])), [notes]);
  const [openId, setOpenId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(placement.groups[0]?.ids[0] ?? null);
  const [hoverRow, setHoverRow] = useState<string | null>(null);
  // The note keyboard focus is on: its claim is emphasised in the text as a hovered one is.
  const [keyRow, setKeyRow] = useState<string | null>(null);
  const [panelGroup, setPanelGroup] = useState<number | null>(null);
  const rows = useRef(new Map<string, HTMLButtonElement>());
  const markers = useRef(new Map<number, HTMLButtonElement>());
  const inline = placement.mode === 'inline';
  // The fold control is drawn anew in the other form (the rail's bar, or above the markers): focus follows it,
  // so a keyboard reader who folds or opens the notes is still on the control.
  const toggleRef = useRef<HTMLButtonElement>(null);
  const toggled = useRef(false);
  useEffect(() => {
    if (toggled.current) toggleRef.current?.focus();
    toggled.current = false;
  }, [fold?.folded]);
  const folding = fold && { ...fold, toggle: () => ((toggled.current = true), fold.toggle()) };

  // A change of mode (window resized) closes what belonged to the other mode.
  useEffect(() => setPanelGroup(null), [inline]);
  useEffect(() => onEmphasis(hoverRow ?? keyRow ?? openId), [hoverRow, keyRow, openId, onEmphasis]);

  const onKeyDown = useRailKeys({
    placement,
    panelGroup,
    openId,
    rows,
    markers,
    controller,
    setFocusId,
    setOpenId,
    setPanelGroup,
  });

  // What the rail and the markers (its narrow-window form) both show.
  const views = {
    byId,
    placement,
    openId,
    emphasisId: hoverRow ?? hoverId,
    rows,
    onOpen: setOpenId,
    underlineUnreported: props.underlineUnreported ?? false,
    fold: folding,
    toggleRef,
  };
  return (
    <div
      class={`notes ${inline ? 'inline' : 'wide'}`}
      role="complementary"
      lang={wordsLocale()}
      aria-label={t('notes_region')}
      data-testid="notes"
      data-mode={placement.mode}
      onKeyDown={onKeyDown}
      onFocusOut={(e) => {
        // The narrow-window panel is dismissed when focus leaves the notes (Tab past its end, a click on the
        // page): left open, it would cover the text with nothing focused in it to close it from.
        const to = e.relatedTarget as Node | null;
        if (!(to && e.currentTarget.contains(to))) setKeyRow(null);
        if (panelGroup !== null && !(to && e.currentTarget.contains(to))) {
          setPanelGroup(null);
          setOpenId(null);
        }
      }}
      onFocusIn={(e) => {
        const id = (e.target as HTMLElement).dataset?.note;
        if (!id) return;
        setFocusId(id);
        // Focus only moves to a note: Enter (or a click) opens it, so arrows can pass notes without unfolding each.
        setKeyRow((e.target as HTMLElement).matches(':focus-visible') ? id : null);
      }}
    >
      {fallbackBoxes && <FallbackMarks boxes={fallbackBoxes} emphasisId={hoverRow ?? keyRow ?? openId} />}
      <PageStoriesContext.Provider value={stories ?? null}>
        <PassageLanguagesContext.Provider value={languages ?? null}>
          <ClaimSavingContext.Provider value={saving ?? null}>
            {inline ? (
              <Markers
                {...views}
                panelGroup={panelGroup}
                markers={markers}
                onPanel={(g) => {
                  setPanelGroup(g);
                  setOpenId(g === null ? null : (placement.groups[g]?.ids[0] ?? null));
                }}
              />
            ) : (
              <Rail {...views} focusId={focusId} onHover={setHoverRow} />
            )}
          </ClaimSavingContext.Provider>
        </PassageLanguagesContext.Provider>
      </PageStoriesContext.Provider>
    </div>
  );
}

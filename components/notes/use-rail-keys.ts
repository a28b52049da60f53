import type { RefObject } from 'preact';
import type { Placement } from '@/utils/notes/placement';
import type { NotesController } from './types';

interface Keys {
  placement: Placement;
  panelGroup: number | null;
  openId: string | null;
  rows: RefObject<Map<string, HTMLButtonElement>>;
  markers: RefObject<Map<number, HTMLButtonElement>>;
  controller: NotesController;
  setFocusId(id: string | null): void;
  setOpenId(id: string | null): void;
  setPanelGroup(g: number | null): void;
}

// Where focus was in the page before the shortcut moved it into the notes; Esc gives it back.
let returnTo: HTMLElement | null = null;

/** Focuses a note (or marker) and scrolls it just into view: the browser's own focus scroll may leave it under
 *  the window's edge, and a row moved to must be seen whole. */
function focusInView(el: HTMLElement | undefined) {
  el?.focus({ preventScroll: true });
  el?.scrollIntoView({ block: 'nearest' });
}

/** The keyboard model: the shortcut enters, arrows (and Home/End) move focus between notes without opening them,
 *  Enter opens the focused note (the row is a button) and Enter or Esc closes it, Esc with none open leaves. */
export function useRailKeys(k: Keys) {
  const { placement, panelGroup, openId, rows, markers } = k;
  const inline = placement.mode === 'inline';
  const order = (): HTMLElement[] => {
    if (inline && panelGroup === null)
      return placement.groups.map((_, i) => markers.current?.get(i)).filter(Boolean) as HTMLElement[];
    const ids = inline ? (placement.groups[panelGroup!]?.ids ?? []) : placement.groups.flatMap((g) => g.ids);
    return ids.map((id) => rows.current?.get(id)).filter(Boolean) as HTMLElement[];
  };

  k.controller.enter = () => {
    const active = document.activeElement;
    returnTo = active instanceof HTMLElement && active !== document.body ? active : null;
    const list = order();
    // Start at the first note visible in the window, so the reader stays where they were reading.
    focusInView(list.find((el) => el.getBoundingClientRect().top >= 0) ?? list[0]);
  };

  const leave = () => {
    k.setOpenId(null);
    const back = returnTo;
    returnTo = null;
    if (back?.isConnected) back.focus();
    else (document.activeElement as HTMLElement | null)?.blur();
    // Focus inside our shadow root shows as the host being active: blur what is focused there.
    const root = rows.current?.values().next().value?.getRootNode() as ShadowRoot | undefined;
    (root?.activeElement as HTMLElement | null | undefined)?.blur();
  };

  return (e: KeyboardEvent) => {
    const list = order();
    const at = list.indexOf(e.target as HTMLElement);
    let next = -1;
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') next = Math.min(list.length - 1, at + 1);
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') next = Math.max(0, at - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = list.length - 1;
    else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      if (inline && panelGroup !== null) {
        k.setPanelGroup(null);
        k.setOpenId(null);
        focusInView(markers.current?.get(panelGroup));
      } else if (openId !== null) {
        // Close the open note; focus stays on the row it is on, or comes back to the note's row from its detail.
        k.setOpenId(null);
        if (at < 0) focusInView(rows.current?.get(openId));
      } else leave();
      return;
    }
    if (next < 0 || at < 0) return;
    e.preventDefault();
    e.stopPropagation(); // Arrows inside the notes must not scroll the page.
    focusInView(list[next]);
  };
}

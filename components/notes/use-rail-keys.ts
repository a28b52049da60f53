import type { RefObject } from 'preact';
import type { Placement } from '@/utils/notes/placement';
import type { NotesController } from './types';

interface Keys {
  placement: Placement;
  panelGroup: number | null;
  rows: RefObject<Map<string, HTMLButtonElement>>;
  markers: RefObject<Map<number, HTMLButtonElement>>;
  controller: NotesController;
  setFocusId(id: string | null): void;
  setOpenId(id: string | null): void;
  setPanelGroup(g: number | null): void;
}

// Where focus was in the page before the shortcut moved it into the notes; Esc gives it back.
let returnTo: HTMLElement | null = null;

/** The keyboard model: the shortcut enters, arrows (and Home/End) move between notes, Esc leaves. */
export function useRailKeys(k: Keys) {
  const { placement, panelGroup, rows, markers } = k;
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
    const target = list.find((el) => el.getBoundingClientRect().top >= 0) ?? list[0];
    target?.focus();
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
        markers.current?.get(panelGroup)?.focus();
      } else leave();
      return;
    }
    if (next < 0 || at < 0) return;
    e.preventDefault();
    e.stopPropagation(); // Arrows inside the notes must not scroll the page.
    list[next]?.focus();
  };
}

import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import css from '@/components/notes/notes.css?inline';
import { NotesApp } from '@/components/notes/NotesApp';
import type { NoteModel, NotesController } from '@/components/notes/types';
import { anchorClaims, visibleTextMap } from '@/utils/anchoring/dom';
import { claimAt, measureClaims, type PageGeometry } from '@/utils/dom/claim-geometry';
import { createClaimHighlights } from '@/utils/dom/claim-highlights';
import type { AlignResult } from '@/utils/engine';
import { outletsOf } from '@/utils/notes/labels';
import { claimIndex, noteId } from '@/utils/notes/note-id';
import { placeNotes, type Placement } from '@/utils/notes/placement';
import type { PassageLanguages } from '@/utils/notes/passage-languages';
import { siteOf } from '@/utils/notes/settings';
import { railChoice } from '@/utils/notes/view-settings';
import { chooseRail } from './choose-rail';
import { watchNotesView } from './notes-view';
import { claimSaver } from './save-claim';
import { watchPage } from './watch-page';

/** The User Timing mark set once the links' differences are on screen. */
const DIFFERENCES_SHOWN = 'sidelight:differences-shown';

interface Extras {
  /** The languages of passages not in the page's. */
  languages?: PassageLanguages;
  /** Settles once the links' differences are written into `result` (differences.ts); the notes then show them. */
  differences: Promise<void>;
}

/** Anchors the claims in the live page and mounts the notes; all of it is undone when `ctx` is invalidated. */
export async function showNotes(
  ctx: ContentScriptContext,
  articleText: string,
  result: AlignResult,
  { languages, differences }: Extras,
) {
  // Without them a link shows no difference; the notes stay.
  const differencesIn = differences.catch((e: unknown) => {
    if (!ctx.isInvalid) console.warn('Sidelight: differences unavailable:', e);
  });
  const notes: NoteModel[] = result.claims.map((claim, i) => ({ id: noteId(i), claim }));
  // Whether other sources report each claim (not only touch on it): fixed for the page, read at every draw.
  const reported = result.claims.map((claim) => outletsOf(claim).length > 0);
  const anchor = () =>
    anchorClaims(document.body, visibleTextMap(document.body, ui?.shadowHost), articleText, result.claims);
  let ui: Awaited<ReturnType<typeof createShadowRootUi<void>>> | null = null;
  let ranges = anchor();
  if (!ranges.some(Boolean)) return;

  const highlights = createClaimHighlights(document);
  const controller: NotesController = {};
  let geometry: PageGeometry | null = null;
  let hoverId: string | null = null;
  const onEmphasis = (id: string | null) => highlights?.setActive(id ? (ranges[claimIndex(id)] ?? null) : null);
  const stories = {
    stories: [result.story, ...(result.alsoIn ?? [])].flatMap((s) => (s ? [{ id: s.id, title: s.title }] : [])),
  };
  const saving = claimSaver({
    storyId: result.story?.id,
    claims: result.claims,
    rangeOf: (i) => ranges[i] ?? null,
    changed: () => draw(),
    differencesIn,
  });

  const site = siteOf(location.href);
  const view = await watchNotesView(ctx, () => (paint(), relayout()));
  if (ctx.isInvalid) return;
  // Claims no other source reports are underlined (dotted) only when the reader asked for it.
  const underlined = (i: number) => reported[i]! || view.current().underlineUnreported;

  // Measured on layout changes only (resize, reflow, the reader's choices): hovering redraws without measuring.
  let laid: { shown: NoteModel[]; placement: Placement } | null = null;
  const relayout = () => {
    if (!ui || ctx.isInvalid) return;
    geometry = measureClaims(ranges, ui.shadowHost);
    const shown = notes.filter((_, i) => geometry!.claims[i]);
    const anchors = shown.map((n) => ({ id: n.id, top: geometry!.claims[claimIndex(n.id)]![0]!.top }));
    const railLeft = chooseRail(geometry, anchors, ui.shadowHost, railChoice(view.current(), site));
    laid = { shown, placement: placeNotes(anchors, geometry, railLeft) };
    draw();
  };
  const draw = () => {
    if (!ui || !laid || ctx.isInvalid) return;
    const { shown, placement } = laid;
    const fallbackBoxes = highlights
      ? null
      : shown
          .filter((n) => underlined(claimIndex(n.id)))
          .map((n) => ({
            id: n.id,
            boxes: geometry!.claims[claimIndex(n.id)]!,
            linked: reported[claimIndex(n.id)]!,
          }));
    const folded = placement.mode === 'inline';
    render(
      <NotesApp
        notes={shown}
        placement={placement}
        hoverId={hoverId}
        fallbackBoxes={fallbackBoxes}
        onEmphasis={onEmphasis}
        controller={controller}
        saving={saving}
        stories={stories}
        languages={languages}
        underlineUnreported={view.current().underlineUnreported}
        fold={
          site && placement.toggle
            ? { folded, site, toggle: () => void view.setRail(site, folded ? 'open' : 'folded') }
            : undefined
        }
      />,
      ui.uiContainer,
    );
  };
  const paint = () => {
    const linked = ranges.filter((r, i): r is Range => !!r && reported[i]!);
    const unreported = ranges.filter((r, i): r is Range => !!r && !reported[i] && underlined(i));
    highlights?.paint(linked, unreported);
  };

  ui = await createShadowRootUi<void>(ctx, {
    name: 'sidelight-notes',
    // Closed: the page's scripts cannot read the notes (the reader's stories, other outlets' passages) or drive them.
    mode: 'closed',
    position: 'inline',
    anchor: 'body',
    css,
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount: () => undefined,
    onRemove: () => render(null, ui!.uiContainer),
  });
  if (ctx.isInvalid) return;
  ui.mount();
  paint();
  relayout();
  void differencesIn.then(() => {
    draw();
    // On screen at the next frame; a User Timing mark, so the benchmarks can tell when (notes-browser.bench.mjs).
    requestAnimationFrame(() => performance.mark(DIFFERENCES_SHOWN));
  });
  ctx.onInvalidated(() => highlights?.clear());

  watchPage(ctx, {
    host: ui.shadowHost,
    relayout,
    reanchor: () => {
      if (ranges.every((r) => !r || (r.startContainer.isConnected && !r.collapsed))) return false;
      ranges = anchor();
      paint();
      return true;
    },
    hover: (x, y) => {
      if (!geometry || !ui) return;
      const origin = ui.shadowHost.getBoundingClientRect();
      const i = claimAt(geometry, x - origin.left, y - origin.top);
      const id = i >= 0 ? noteId(i) : null;
      if (id === hoverId) return;
      hoverId = id;
      draw();
    },
    enter: () => controller.enter?.(),
  });
}

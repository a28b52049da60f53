import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HIGHLIGHTS_UI_CSS } from '@/components/highlights/styles';
import { Notice } from '@/components/highlights/Notice';
import { OrphanList } from '@/components/highlights/OrphanList';
import { SavedCard } from '@/components/highlights/SavedCard';
import { createShadowHost } from '@/utils/dom/shadow-host';
import type { Highlight } from '@/utils/highlights/types';

// The drawer's on-page UI: one shadow host, created the first time there is something to show.

export type Card =
  | { kind: 'saved'; highlight: Highlight }
  | { kind: 'error'; text: string; retry?: () => void }
  | { kind: 'info'; text: string };

export interface UiState {
  card: Card | null;
  orphans: Highlight[];
}

export interface UiActions {
  edit(id: string, edit: { comment: string; tags: string[] }): void;
  remove(id: string): void;
  close(): void;
}

/** Returns a function that renders the UI state; nothing is added to the page until there is something to show. */
export function createUi(ctx: ContentScriptContext, actions: UiActions): (state: UiState) => void {
  let mount: HTMLElement | null = null;
  ctx.onInvalidated(() => mount && render(null, mount));
  return ({ card, orphans }) => {
    if (!mount && !card && !orphans.length) return;
    mount ??= createShadowHost(ctx, 'sidelight-highlights', HIGHLIGHTS_UI_CSS).mount;
    render(
      <>
        {card?.kind === 'saved' ? (
          <SavedCard
            key={card.highlight.id}
            highlight={card.highlight}
            onSave={(edit) => actions.edit(card.highlight.id, edit)}
            onDelete={() => actions.remove(card.highlight.id)}
            onClose={actions.close}
          />
        ) : card ? (
          <Notice
            kind={card.kind}
            text={card.text}
            onRetry={card.kind === 'error' ? card.retry : undefined}
            onClose={actions.close}
          />
        ) : null}
        <OrphanList orphans={orphans} />
      </>,
      mount,
    );
  };
}

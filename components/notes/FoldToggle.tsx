import type { Ref } from 'preact';
import { trusted } from '@/utils/dom/trusted';
import type { RailFold } from './types';

interface Props {
  fold: RailFold;
  buttonRef: Ref<HTMLButtonElement>;
  style?: Record<string, string>;
}

/** Folds the rail into markers at the column's edge, or opens it in the margin again; the choice is kept for
 *  the site. One name in both states (a disclosure button): aria-expanded says which state it is in. */
export function FoldToggle({ fold, buttonRef, style }: Props) {
  const hint = fold.folded
    ? `Show the side notes in the margin on ${fold.site}`
    : `Fold the side notes into markers on ${fold.site}, uncovering the page`;
  return (
    <button
      ref={buttonRef}
      type="button"
      class="fold"
      data-testid="rail-toggle"
      style={style}
      aria-label="Side notes in the margin"
      aria-expanded={!fold.folded}
      aria-describedby="sl-fold-hint"
      title={hint}
      onClick={trusted(() => fold.toggle())}
    >
      <span aria-hidden="true">{fold.folded ? '«' : '»'}</span>
      <span class="sr" id="sl-fold-hint">
        {fold.folded ? `Folded on ${fold.site}` : `Remembered for ${fold.site}`}
      </span>
    </button>
  );
}

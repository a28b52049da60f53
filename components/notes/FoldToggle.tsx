import type { Ref } from 'preact';
import { trusted } from '@/utils/dom/trusted';
import { t } from '@/utils/browser/i18n';
import type { RailFold } from './types';

interface Props {
  fold: RailFold;
  buttonRef: Ref<HTMLButtonElement>;
  style?: Record<string, string>;
}

/** Folds the rail into markers at the column's edge, or opens it in the margin again; the choice is kept for
 *  the site. One name in both states (a disclosure button): aria-expanded says which state it is in. */
export function FoldToggle({ fold, buttonRef, style }: Props) {
  const hint = t(fold.folded ? 'notes_foldShowHint' : 'notes_foldHideHint', [fold.site]);
  return (
    <button
      ref={buttonRef}
      type="button"
      class="fold"
      data-testid="rail-toggle"
      style={style}
      aria-label={t('notes_foldLabel')}
      aria-expanded={!fold.folded}
      aria-describedby="sl-fold-hint"
      title={hint}
      onClick={trusted(() => fold.toggle())}
    >
      <span aria-hidden="true">{fold.folded ? '«' : '»'}</span>
      <span class="sr" id="sl-fold-hint">
        {t(fold.folded ? 'notes_foldedOn' : 'notes_rememberedFor', [fold.site])}
      </span>
    </button>
  );
}

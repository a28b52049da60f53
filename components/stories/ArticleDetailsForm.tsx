import { useRef, useState } from 'preact/hooks';
import { sendErrorText } from '@/utils/browser/send';
import {
  ARTICLE_DETAILS,
  checkDetails,
  MAX_DETAIL_CHARS,
  type ArticleDetail,
  type ArticleDetails,
} from '@/utils/stories/correct';
import type { StorySummary } from '@/utils/stories/messages';
import { t, type MessageKey } from '@/utils/browser/i18n';
import { problemWords } from '@/utils/browser/problem-words';
import { tParts } from '../message-parts';

/** What saving a correction did: null once written, else why not (with the refused field when one was). */
export type CorrectionError = { error: string; field?: ArticleDetail } | null;

type Article = StorySummary['articles'][number];

/** Each field's label, the hint under it (what the pack accepts), and whether it may be left empty. */
const FIELDS: Record<ArticleDetail, { label: MessageKey; hint?: MessageKey; required?: boolean; max: number }> = {
  title: { label: 'stories_field_title', max: MAX_DETAIL_CHARS },
  outlet: { label: 'stories_field_outlet', required: true, max: MAX_DETAIL_CHARS },
  author: { label: 'stories_field_author', max: MAX_DETAIL_CHARS },
  date: { label: 'stories_field_date', hint: 'stories_hint_date', max: 10 },
  language: { label: 'stories_field_language', hint: 'stories_hint_language', required: true, max: 35 },
};

const detailsOf = (a: Article): ArticleDetails => ({
  title: a.title ?? '',
  outlet: a.outlet,
  author: a.author ?? '',
  date: a.date ?? '',
  language: a.language,
});

/**
 * "Correct details" for one article, for when the page was read wrong: a disclosure (keyboard-reachable, closed by
 * default) holding a labelled form. The details are checked here first, by the same rules as the background's
 * (utils/stories/correct.ts): a bad field is named, marked invalid and focused, and nothing is sent.
 */
export function ArticleDetailsForm({
  idBase,
  article,
  onSave,
}: {
  /** Unique on the page: the fields' ids are made from it. */
  idBase: string;
  article: Article;
  onSave(details: ArticleDetails): Promise<CorrectionError>;
}) {
  const [values, setValues] = useState(() => detailsOf(article));
  const [problem, setProblem] = useState<CorrectionError>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const errorId = `${idBase}-error`;

  const show = (next: CorrectionError) => {
    setProblem(next);
    // The refused field gets the focus, so a keyboard or screen-reader user lands where the fix goes.
    if (next?.field) form.current?.querySelector<HTMLInputElement>(`[name="${next.field}"]`)?.focus();
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setSaved(false);
    const checked = checkDetails(values, problemWords);
    if (!checked.ok) return show(checked);
    setBusy(true);
    const outcome = await onSave(values).catch((err: unknown): CorrectionError => ({ error: sendErrorText(err) }));
    setBusy(false);
    show(outcome);
    setSaved(outcome === null);
  };

  const name = article.title ?? article.outlet;
  return (
    <details class="correct" data-testid="correct-details">
      <summary>{tParts('stories_correct', [<span class="sr"> {t('stories_correctOf', [name])}</span>])}</summary>
      <form ref={form} noValidate onSubmit={(e) => void submit(e)} aria-label={t('stories_detailsOf', [name])}>
        {ARTICLE_DETAILS.map((field) => {
          const { label, hint, required, max } = FIELDS[field];
          const id = `${idBase}-${field}`;
          const invalid = problem?.field === field;
          const describedBy = [hint && `${id}-hint`, invalid && errorId].filter(Boolean).join(' ');
          return (
            <div class="field" key={field}>
              <label for={id}>{required ? t('stories_required', [t(label)]) : t(label)}</label>
              <input
                id={id}
                name={field}
                type="text"
                value={values[field]}
                maxLength={max}
                aria-required={required ? 'true' : undefined}
                aria-invalid={invalid ? 'true' : undefined}
                aria-describedby={describedBy || undefined}
                data-testid={`detail-${field}`}
                onInput={(e) => {
                  setSaved(false);
                  setValues({ ...values, [field]: e.currentTarget.value });
                }}
              />
              {hint && (
                <span class="hint muted" id={`${id}-hint`}>
                  {t(hint)}
                </span>
              )}
            </div>
          );
        })}
        <button type="submit" disabled={busy} data-testid="save-details">
          {t(busy ? 'notes_saving' : 'stories_saveDetails')}
        </button>
        {problem && (
          <p role="alert" class="error" id={errorId} data-testid="details-error">
            {t('notes_saveFailed', [problem.error])}
          </p>
        )}
        <p role="status" data-testid="details-saved">
          {saved ? t('stories_detailsSaved') : ''}
        </p>
      </form>
    </details>
  );
}

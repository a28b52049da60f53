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

/** What saving a correction did: null once written, else why not (with the refused field when one was). */
export type CorrectionError = { error: string; field?: ArticleDetail } | null;

type Article = StorySummary['articles'][number];

/** Each field's label, the hint under it (what the pack accepts), and whether it may be left empty. */
const FIELDS: Record<ArticleDetail, { label: string; hint?: string; required?: boolean; max: number }> = {
  title: { label: 'Title', max: MAX_DETAIL_CHARS },
  outlet: { label: 'Outlet', required: true, max: MAX_DETAIL_CHARS },
  author: { label: 'Author', max: MAX_DETAIL_CHARS },
  date: { label: 'Date', hint: 'YYYY, YYYY-MM or YYYY-MM-DD', max: 10 },
  language: { label: 'Language', hint: 'a language tag, such as en, uk or pt-BR', required: true, max: 35 },
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
    const checked = checkDetails(values);
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
      <summary>
        Correct details<span class="sr"> of “{name}”</span>
      </summary>
      <form ref={form} noValidate onSubmit={(e) => void submit(e)} aria-label={`Details of “${name}”`}>
        {ARTICLE_DETAILS.map((field) => {
          const { label, hint, required, max } = FIELDS[field];
          const id = `${idBase}-${field}`;
          const invalid = problem?.field === field;
          const describedBy = [hint && `${id}-hint`, invalid && errorId].filter(Boolean).join(' ');
          return (
            <div class="field" key={field}>
              <label for={id}>
                {label}
                {required ? ' (required)' : ''}
              </label>
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
                  {hint}
                </span>
              )}
            </div>
          );
        })}
        <button type="submit" disabled={busy} data-testid="save-details">
          {busy ? 'Saving…' : 'Save details'}
        </button>
        {problem && (
          <p role="alert" class="error" id={errorId} data-testid="details-error">
            Not saved: {problem.error}
          </p>
        )}
        <p role="status" data-testid="details-saved">
          {saved ? 'Saved. The coverage view, and the notes of pages opened from now on, show these details.' : ''}
        </p>
      </form>
    </details>
  );
}

import { t } from '../browser/i18n';
import type { StorySummary } from './messages';

/** An article's details besides its outlet and title, as one line ("by A · 2025-11 · en"): the stories page and
 *  the coverage view show the same words, so a corrected detail reads the same in both. A language recorded as
 *  "und" (undetermined) is no detail: it is left out rather than shown as a code no reader knows. */
export function articleByline(a: Pick<StorySummary['articles'][number], 'author' | 'date' | 'language'>): string {
  return [a.author && t('stories_byline', [a.author]), a.date, a.language !== 'und' && a.language]
    .filter(Boolean)
    .join(' · ');
}

import type { StoryGroup, StoryRef } from '@/utils/notes/story-groups';
import { t } from '@/utils/browser/i18n';

const quoted = (stories: StoryRef[]) => stories.map((s) => t('notes_quoted', [s.title])).join(', ');

/** Which story a note's sources come from and what other stories the page is in. Where the sources come from
 *  several stories each group names its own, so the line names only the stories that link nothing here. */
export function StoryLine({ groups, stories }: { groups: StoryGroup[]; stories: StoryRef[] }) {
  if (!stories.length) return null;
  if (groups.length > 1) {
    const silent = stories.filter((s) => !groups.some((g) => g.id === s.id));
    return silent.length ? (
      <p class="story-line" data-testid="note-story">
        {t('notes_pageAlsoIn', [quoted(silent)])}
      </p>
    ) : null;
  }
  const from = groups[0] ?? stories[0]!;
  const others = quoted(stories.filter((s) => s.id !== from.id));
  return (
    <p class="story-line" data-testid="note-story">
      {others ? t('notes_fromStoryAlsoIn', [from.title, others]) : t('notes_fromStoryLine', [from.title])}
    </p>
  );
}

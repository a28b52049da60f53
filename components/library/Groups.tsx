import type { StoryGroup } from '@/utils/highlights/library';
import type { Highlight } from '@/utils/highlights/types';
import { isWebUrl } from '@/utils/url/web-url';
import { HighlightItem } from './HighlightItem';
import { t } from '@/utils/browser/i18n';

// Stories, then sources, then highlights; at most `limit` highlights are rendered so 10,000 open fast.

interface Props {
  groups: StoryGroup[];
  /** Story titles by id (stories deleted since show their id). */
  storyTitles: Map<string, string>;
  limit: number;
  onEdit(id: string, edit: { comment: string; tags: string[] }): void;
  onDelete(id: string): void;
}

/** The grouped list, cut after `limit` highlights. */
export function Groups({ groups, storyTitles, limit, onEdit, onDelete }: Props) {
  const storyTitle = (id: string | null) =>
    id === null ? t('library_otherPages') : t('library_story', [storyTitles.get(id) ?? id]);
  let left = limit;
  const take = (list: Highlight[]) => {
    const shown = list.slice(0, Math.max(0, left));
    left -= shown.length;
    return shown;
  };
  return (
    <>
      {groups.map((g) =>
        left <= 0 ? null : (
          <section key={g.storyId ?? '-'} aria-label={storyTitle(g.storyId)}>
            <h2>
              {storyTitle(g.storyId)} ({g.count})
            </h2>
            {g.sources.map((s) => {
              const shown = take(s.highlights);
              return shown.length ? (
                <section key={s.canonicalUrl}>
                  <h3>
                    {isWebUrl(s.canonicalUrl) ? (
                      <a href={s.canonicalUrl} target="_blank" rel="noopener noreferrer">
                        {s.title}
                      </a>
                    ) : (
                      s.title
                    )}
                    {s.outlet ? ` · ${s.outlet}` : ''}
                  </h3>
                  <ul class="items">
                    {shown.map((h) => (
                      <HighlightItem key={h.id} highlight={h} onEdit={onEdit} onDelete={onDelete} />
                    ))}
                  </ul>
                </section>
              ) : null;
            })}
          </section>
        ),
      )}
    </>
  );
}

import { browser } from 'wxt/browser';
import type { StorySummary } from '@/utils/stories/messages';
import { AddToStory, type AddOutcome, type AddTarget } from './AddToStory';
import { listParts, t } from '@/utils/browser/i18n';
import { tParts } from '../message-parts';

interface Props {
  stories: StorySummary[];
  /** Ids of the stories holding this page. */
  pageIn: string[];
  /** The story the side notes follow on this page, if any (for the coverage link). */
  foundStoryId: string | null;
  /** Every story detected on the page (the notes' one and any others). */
  detectedIds: string[];
  /** Null on pages that are not web pages (nothing to add). */
  page: { title: string } | null;
  /** A line saying what the last action did (role=status). */
  done: string | null;
  onAdd(target: AddTarget): Promise<AddOutcome>;
}

const pageUrl = (path: string) => browser.runtime.getURL(path as '/popup.html');

/** The popup's stories part: which stories hold this page, adding it to one, and links to the other pages. */
export function StoriesSection({ stories, pageIn, foundStoryId, detectedIds, page, done, onAdd }: Props) {
  // A page is in a story that holds its address; a story the engine only detects on it is a guess, said as one.
  const holding = stories.filter((s) => pageIn.includes(s.id));
  const detected = stories.filter((s) => detectedIds.includes(s.id) && !pageIn.includes(s.id));
  const coverageId = foundStoryId ?? holding[0]?.id ?? null;
  return (
    <section aria-labelledby="stories-heading" class="stories">
      <h2 id="stories-heading">{t('popup_stories')}</h2>
      {holding.length > 0 && (
        <p data-testid="page-in-stories">
          {tParts(holding.length === 1 ? 'popup_inStory' : 'popup_inStories', [<Titles stories={holding} />])}
        </p>
      )}
      {detected.length > 0 && (
        <p data-testid="page-detected-stories">
          {tParts(DETECTED[holding.length > 0 ? 'also' : 'first'][detected.length === 1 ? 0 : 1], [
            <Titles stories={detected} />,
          ])}
        </p>
      )}
      {page && <AddToStory stories={stories.filter((s) => !s.readOnly)} pageTitle={page.title} onAdd={onAdd} />}
      <p role="status" data-testid="story-done">
        {done}
      </p>
      <ul class="links">
        <li>
          <a href={pageUrl('/stories.html')} target="_blank" data-testid="manage-stories">
            {t('popup_manageStories')}
          </a>
        </li>
        <li>
          <a href={pageUrl('/library.html')} target="_blank" data-testid="library-link">
            {t('menu_library')}
          </a>
        </li>
        {coverageId && (
          <li>
            <a
              href={pageUrl(`/coverage.html?story=${encodeURIComponent(coverageId)}`)}
              target="_blank"
              data-testid="coverage-link"
            >
              {t('popup_coverageLink')}
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}

/** "This page looks like it belongs to the story …": a page already in a story "also" looks like it belongs to
 *  others; one story or several. */
const DETECTED = {
  first: ['popup_detectedStory', 'popup_detectedStories'],
  also: ['popup_alsoDetectedStory', 'popup_alsoDetectedStories'],
} as const;

/** Story titles as a list in a sentence, as the reader's language lists: "A", "A and B", "A, B and C". */
function Titles({ stories }: { stories: StorySummary[] }) {
  const parts = listParts(stories.map((s) => s.id));
  return (
    <>
      {parts.map((p, i) =>
        p.type === 'literal' ? p.value : <strong key={i}>{stories.find((s) => s.id === p.value)?.title}</strong>,
      )}
    </>
  );
}

import { browser } from 'wxt/browser';
import type { StorySummary } from '@/utils/stories/messages';
import { AddToStory, type AddOutcome, type AddTarget } from './AddToStory';

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
      <h2 id="stories-heading">Stories</h2>
      {holding.length > 0 && (
        <p data-testid="page-in-stories">
          {holding.length === 1 ? 'This page is in the story ' : 'This page is in the stories '}
          <Titles stories={holding} />.
        </p>
      )}
      {detected.length > 0 && (
        <p data-testid="page-detected-stories">
          {holding.length > 0 ? 'It also looks like it belongs to ' : 'This page looks like it belongs to '}
          {detected.length === 1 ? 'the story ' : 'the stories '}
          <Titles stories={detected} /> (not added to {detected.length === 1 ? 'it' : 'them'}).
        </p>
      )}
      {page && <AddToStory stories={stories.filter((s) => !s.readOnly)} pageTitle={page.title} onAdd={onAdd} />}
      <p role="status" data-testid="story-done">
        {done}
      </p>
      <ul class="links">
        <li>
          <a href={pageUrl('/stories.html')} target="_blank" data-testid="manage-stories">
            Manage, export and import stories
          </a>
        </li>
        <li>
          <a href={pageUrl('/library.html')} target="_blank" data-testid="library-link">
            Highlights library
          </a>
        </li>
        {coverageId && (
          <li>
            <a
              href={pageUrl(`/coverage.html?story=${encodeURIComponent(coverageId)}`)}
              target="_blank"
              data-testid="coverage-link"
            >
              Coverage of this story
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}

/** Story titles as a list in a sentence: "A", "A and B", "A, B and C". */
function Titles({ stories }: { stories: StorySummary[] }) {
  return (
    <>
      {stories.map((s, i) => (
        <span key={s.id}>
          {i > 0 && (i === stories.length - 1 ? ' and ' : ', ')}
          <strong>{s.title}</strong>
        </span>
      ))}
    </>
  );
}

import { useContext } from 'preact/hooks';
import { reportsClaim, type Claim, type ClaimMatch } from '@/utils/engine';
import { sourceCount, outletsOf } from '@/utils/notes/labels';
import { refuseUntrusted, trusted } from '@/utils/dom/trusted';
import { textFragmentUrl } from '@/utils/anchoring';
import { Differences } from './Differences';
import { Passage } from './Passage';
import { groupByStory } from '@/utils/notes/story-groups';
import { PageStoriesContext } from './page-stories';
import { StoryLine } from './StoryLine';
import { ClaimSavingContext } from './save-claim';

function Source({ match, claim }: { match: ClaimMatch; claim: string }) {
  const href = textFragmentUrl(match.url, { exact: match.text });
  return (
    <li class="source" data-testid="note-source" data-article={match.articleId}>
      <p class="outlet">
        <strong>{match.outlet}</strong>
        <span class="relation">{match.relation === 'same' ? 'same claim' : match.relation}</span>
      </p>
      <Passage text={match.text} claim={claim} />
      <Differences match={match} />
      {href && (
        <a
          class="open"
          href={href}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="note-link"
          onClick={refuseUntrusted}
        >
          Open in {match.outlet}
          <span class="sr"> at this passage (new tab)</span>
        </a>
      )}
    </li>
  );
}

/** Saves the claim with its sources to the reader's highlights, and says how that went. The button stays
 *  focusable once used (aria-disabled, not disabled), so keyboard focus is not thrown back to the page. */
function SaveClaim({ id }: { id: string }) {
  const saving = useContext(ClaimSavingContext);
  if (!saving) return null;
  const s = saving.stateOf(id);
  const done = s.state === 'saving' || s.state === 'saved';
  return (
    <p class="save-claim">
      <button
        type="button"
        data-testid="note-save"
        aria-disabled={done}
        onClick={trusted(() => {
          if (!done) saving.save(id);
        })}
      >
        {s.state === 'saved' ? 'Saved to highlights' : 'Save claim and sources to highlights'}
      </button>
      <span role="status" data-testid="note-save-status" class={s.state === 'failed' ? 'save-failed' : undefined}>
        {s.state === 'saving' ? 'Saving…' : s.state === 'failed' ? s.message : ''}
        {s.state === 'saved' && <span class="sr">Saved: the claim and its sources are in your highlights.</span>}
      </span>
    </p>
  );
}

/** Passages grouped by outlet, in the rows' (alphabetical) order; within an outlet, reporting before related
 *  and best first. */
const byOutlet = (matches: ClaimMatch[]) =>
  [...matches].sort(
    (a, b) =>
      a.outlet.localeCompare(b.outlet) || Number(reportsClaim(b)) - Number(reportsClaim(a)) || b.score - a.score,
  );

function Sources({ matches, claim }: { matches: ClaimMatch[]; claim: string }) {
  return (
    <ul class="sources">
      {byOutlet(matches).map((m, i) => (
        <Source key={`${m.articleId}-${i}`} match={m} claim={claim} />
      ))}
    </ul>
  );
}

/** The full note of one claim: who else reports it, their passages, the differences, and links. */
export function NoteDetail({ id, claim }: { id: string; claim: Claim }) {
  const count = outletsOf(claim).length;
  const stories = useContext(PageStoriesContext)?.stories ?? [];
  const groups = groupByStory(claim.matches, stories);
  return (
    <div class="detail" id={`detail-${id}`} data-testid="note-detail">
      <p class="detail-head">
        {count
          ? `${sourceCount(count)} report${count === 1 ? 's' : ''} this`
          : `No other source in the ${stories.length > 1 ? 'stories' : 'story'} reports this.${claim.matches.length ? ' Related passages:' : ''}`}
      </p>
      {groups.length > 1
        ? groups.map((g, i) => (
            <div key={g.id} class="story-group" role="group" aria-labelledby={`${id}-story-${i}`}>
              <p class="story-title" id={`${id}-story-${i}`} data-testid="note-story-group">
                From the story “{g.title}”
              </p>
              <Sources matches={g.matches} claim={claim.text} />
            </div>
          ))
        : claim.matches.length > 0 && <Sources matches={claim.matches} claim={claim.text} />}
      <StoryLine groups={groups} stories={stories} />
      <SaveClaim id={id} />
    </div>
  );
}

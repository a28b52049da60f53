import { useContext } from 'preact/hooks';
import type { Claim, ClaimMatch } from '@/utils/engine';
import { alphabetical, outletsOf } from '@/utils/notes/labels';
import { refuseUntrusted, trusted } from '@/utils/dom/trusted';
import { textFragmentUrl } from '@/utils/anchoring';
import { Differences } from './Differences';
import { Passage } from './Passage';
import { groupByStory } from '@/utils/notes/story-groups';
import { PageStoriesContext } from './page-stories';
import { StoryLine } from './StoryLine';
import { ClaimSavingContext } from './save-claim';
import { t, tn, wordsLocale } from '@/utils/browser/i18n';
import { foreignLanguage } from '@/utils/notes/passage-languages';
import { isProbable } from '@/utils/notes/confidence';
import { inLanguage, PassageLanguagesContext } from './passage-language';

const RELATION = {
  same: 'notes_relation_same',
  copy: 'notes_relation_copy',
} as const;

function Source({ match, claim }: { match: ClaimMatch; claim: string }) {
  const href = textFragmentUrl(match.url, { exact: match.text });
  const language = foreignLanguage(useContext(PassageLanguagesContext), match);
  const probable = isProbable(match);
  return (
    <li class={probable ? 'source probable' : 'source'} data-testid="note-source" data-article={match.articleId}>
      <p class="outlet">
        <strong>{match.outlet}</strong>
        <span class="relation" data-testid="note-relation">
          {t(probable ? 'notes_relation_probable' : RELATION[match.relation])}
        </span>
        {language && (
          <span class="language" data-testid="note-language" lang={wordsLocale()}>
            {inLanguage(language)}
          </span>
        )}
      </p>
      <Passage text={match.text} claim={claim} lang={language ?? undefined} />
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
          {t('notes_openIn', [match.outlet])}
          <span class="sr"> {t('notes_openInHint')}</span>
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
        {t(s.state === 'saved' ? 'notes_savedToHighlights' : 'notes_saveClaim')}
      </button>
      <span role="status" data-testid="note-save-status" class={s.state === 'failed' ? 'save-failed' : undefined}>
        {s.state === 'saving' ? t('notes_saving') : s.state === 'failed' ? s.message : ''}
        {s.state === 'saved' && <span class="sr">{t('notes_savedAnnounce')}</span>}
      </span>
    </p>
  );
}

/** Passages grouped by outlet, in the rows' (alphabetical) order; within an outlet, best first. */
const byOutlet = (matches: ClaimMatch[]) =>
  [...matches].sort((a, b) => alphabetical(a.outlet, b.outlet) || b.score - a.score);

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
        {count ? tn('notes_reportThis', count) : t(stories.length > 1 ? 'notes_noneInStories' : 'notes_noneInStory')}
      </p>
      {groups.length > 1
        ? groups.map((g, i) => (
            <div key={g.id} class="story-group" role="group" aria-labelledby={`${id}-story-${i}`}>
              <p class="story-title" id={`${id}-story-${i}`} data-testid="note-story-group">
                {t('notes_fromStory', [g.title])}
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

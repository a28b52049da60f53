import type { Claim, ClaimMatch } from '@/utils/engine/types';
import { differenceName, sourceCount, outletsOf } from '@/utils/notes/labels';
import { textFragmentUrl } from '@/utils/notes/text-fragment';
import { Passage } from './Passage';

/** One side of a difference, quoted; an empty side (the wording is absent there) reads as "none". */
function Wording({ text, cls }: { text: string; cls: string }) {
  return text ? <q class={cls}>{text}</q> : <span class={`${cls} none`}>none</span>;
}

function Source({ match, claim }: { match: ClaimMatch; claim: string }) {
  const href = textFragmentUrl(match.url, match.text);
  return (
    <li class="source" data-testid="note-source" data-article={match.articleId}>
      <p class="outlet">
        <strong>{match.outlet}</strong>
        <span class="relation">{match.relation === 'same' ? 'same claim' : match.relation}</span>
      </p>
      <Passage text={match.text} claim={claim} />
      {match.differences.length > 0 && (
        <ul class="diffs" aria-label="Differences">
          {match.differences.map((d, i) => (
            <li key={i} class="diff" data-testid="note-difference" data-kind={d.kind}>
              <span class="diff-kind">{differenceName(d)}:</span> <Wording text={d.here} cls="here" /> here,{' '}
              <Wording text={d.there} cls="there" /> there
            </li>
          ))}
        </ul>
      )}
      {href && (
        <a class="open" href={href} target="_blank" rel="noopener noreferrer" data-testid="note-link">
          Open in {match.outlet}
          <span class="sr"> at this passage (new tab)</span>
        </a>
      )}
    </li>
  );
}

/** The full note of one claim: who else reports it, their passages, the differences, and links. */
export function NoteDetail({ id, claim }: { id: string; claim: Claim }) {
  const count = outletsOf(claim).length;
  return (
    <div class="detail" id={`detail-${id}`} data-testid="note-detail">
      <p class="detail-head">
        {count
          ? `${sourceCount(count)} report${count === 1 ? 's' : ''} this`
          : 'No other source in the story reports this.'}
      </p>
      {count > 0 && (
        <ul class="sources">
          {claim.matches.map((m, i) => (
            <Source key={`${m.articleId}-${i}`} match={m} claim={claim.text} />
          ))}
        </ul>
      )}
    </div>
  );
}

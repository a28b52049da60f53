import type { ClaimMatch, Difference } from '@/utils/engine';
import { differenceName } from '@/utils/notes/labels';
import { rewordedSegments } from '@/utils/notes/reworded';
import { t } from '@/utils/browser/i18n';
import { tParts } from '../message-parts';

/** One side of a difference, quoted; an empty side (the wording is absent there) reads as "none". A quotation
 *  is shown whole, with the words the other outlet renders differently marked. */
function Wording({ text, other, cls, kind }: { text: string; other: string; cls: string; kind: string }) {
  if (!text) return <span class={`${cls} none`}>{t('notes_none')}</span>;
  if (kind !== 'quote') return <q class={cls}>{text}</q>;
  return (
    <q class={cls}>
      {rewordedSegments(text, other).map((s, i) => (s.reworded ? <mark key={i}>{s.text}</mark> : s.text))}
    </q>
  );
}

function DifferenceItem({ d }: { d: Difference }) {
  return (
    <li class="diff" data-testid="note-difference" data-kind={d.kind}>
      {tParts('notes_differenceLine', [
        <span class="diff-kind">{differenceName(d)}:</span>,
        <Wording text={d.here} other={d.there} cls="here" kind={d.kind} />,
        <Wording text={d.there} other={d.here} cls="there" kind={d.kind} />,
      ])}
    </li>
  );
}

/** Where another outlet's passage words the claim differently. */
export function Differences({ match }: { match: ClaimMatch }) {
  if (!match.differences.length) return null;
  return (
    <ul class="diffs" aria-label={t('notes_differences')}>
      {match.differences.map((d, i) => (
        <DifferenceItem key={i} d={d} />
      ))}
    </ul>
  );
}

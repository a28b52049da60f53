import { DECISION } from '@/utils/engine';

// How sure a shown link is, in the reader's terms. Every link the notes show passed the decision (relation.ts:
// a calibrated probability of at least DECISION.same, or a retelling's rules); under DECISION.sure the links of
// the development sets were right 29 times in 49, at or above it 82 times in 90 (docs/engine-log.md), so under
// it the notes say "probably". A copy of the article is no judgement of meaning, and a link saved before links
// carried a probability says nothing of it.

/** A link as the notes and saved highlights carry it. */
interface Judged {
  relation: string;
  probability?: number;
}

/** True when the link is shown as the same claim, but with less confidence than DECISION.sure. */
export function isProbable(link: Judged): boolean {
  return link.relation !== 'copy' && link.probability !== undefined && link.probability < DECISION.sure;
}

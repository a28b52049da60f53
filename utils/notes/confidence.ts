import { DECISION } from '@/utils/engine';

// How sure a shown link is, in the reader's terms. Every link the notes show reports the same claim with a
// calibrated probability of at least DECISION.same; under DECISION.sure the development links were right about
// two times in three (above it, 19 of 20 on real reporting: docs/engine-log.md), so the notes say "probably".
// A copy of the article is no judgement of meaning, and a link saved before links carried a probability says
// nothing of it.

/** A link as the notes and saved highlights carry it. */
interface Judged {
  relation: string;
  probability?: number;
}

/** True when the link is shown as the same claim, but with less confidence than DECISION.sure. */
export function isProbable(link: Judged): boolean {
  return link.relation !== 'copy' && link.probability !== undefined && link.probability < DECISION.sure;
}

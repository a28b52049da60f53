import type { Claim } from '../engine';
import type { HighlightLink } from './types';

// A side note's claim saved as a highlight keeps the passages the note linked it to, so the library and
// every export carry them (Markdown lists them, Web Annotation makes them "linking" bodies).

/** The passages a note links its claim to, as a highlight keeps them (at most 50, the schema's bound). */
export function claimLinks(claim: Claim): HighlightLink[] {
  return claim.matches.slice(0, 50).map((m) => ({
    articleId: m.articleId,
    outlet: m.outlet,
    url: m.url ?? '',
    text: m.text,
    relation: m.differences.length ? 'differs' : 'same',
    // How sure the note was (utils/notes/confidence.ts); a copy of the article is no judgement of meaning.
    ...(m.relation !== 'copy' && { probability: m.probability }),
  }));
}

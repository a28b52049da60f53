// W3C Web Annotation JSON-LD: an AnnotationCollection whose single page holds every highlight. Selectors,
// comment, tags and linked passages use the standard vocabulary; what it has no term for (canonical address,
// page metadata, story, a link's outlet and relation) uses a `sidelight:` prefix, so import restores everything.
import type { Highlight } from '../highlights/types';
import { annotationIri } from './annotation-id';
import { isoTime } from './common';
import { uuidUrnOf } from './stable-id';

export const SIDELIGHT_NS = 'urn:x-sidelight:';
export const CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { sidelight: SIDELIGHT_NS }] as const;

/** The motivation that fits a highlight best: a claim with links links, a comment comments. */
function motivation(h: Highlight): 'linking' | 'commenting' | 'highlighting' {
  if (h.links.length) return 'linking';
  return h.comment ? 'commenting' : 'highlighting';
}

/** One highlight as a W3C Annotation. */
export function toAnnotation(h: Highlight) {
  const selector: object[] = [
    { type: 'TextQuoteSelector', exact: h.quote.exact, prefix: h.quote.prefix, suffix: h.quote.suffix },
  ];
  // W3C TextPositionSelector counts code points, as stored (see utils/anchoring/code-points.ts).
  if (h.position) selector.push({ type: 'TextPositionSelector', start: h.position.start, end: h.position.end });
  const body = [
    ...(h.comment ? [{ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: h.comment }] : []),
    ...h.tags.map((value) => ({ type: 'TextualBody', purpose: 'tagging', value })),
    ...h.links.map((l) => ({
      type: 'SpecificResource',
      purpose: 'linking',
      source: l.url,
      selector: { type: 'TextQuoteSelector', exact: l.text },
      'sidelight:articleId': l.articleId,
      'sidelight:outlet': l.outlet,
      'sidelight:relation': l.relation,
      ...(l.probability !== undefined && { 'sidelight:probability': l.probability }),
    })),
  ];
  return {
    id: annotationIri(h.id),
    type: 'Annotation',
    motivation: motivation(h),
    created: isoTime(h.created),
    modified: isoTime(h.updated),
    // A plain highlight has no body: the model allows none, and an empty list is not a body the suite accepts.
    ...(body.length ? { body } : {}),
    target: { source: h.url, 'sidelight:canonical': h.canonicalUrl, 'sidelight:page': h.page, selector },
    ...(h.storyId ? { 'sidelight:story': h.storyId } : {}),
    ...(h.anchor ? { 'sidelight:anchor': h.anchor } : {}),
  };
}

/** A stable `urn:uuid:` for a collection, derived from its highlights' ids: exporting the same highlights again
 *  names the same collection, and the export stays a pure function (no clock, no random source). */
export const collectionId = (highlights: readonly Highlight[]): string =>
  uuidUrnOf(
    highlights
      .map((h) => h.id)
      .sort()
      .join('\n'),
  );

/** The highlights as an AnnotationCollection (JSON text). */
export function toWebAnnotations(highlights: readonly Highlight[], label = 'Sidelight highlights'): string {
  const collection = {
    '@context': CONTEXT,
    id: collectionId(highlights),
    type: 'AnnotationCollection',
    label,
    total: highlights.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: highlights.map(toAnnotation) },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

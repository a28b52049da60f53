// Reads a JSON-LD AnnotationCollection written by toWebAnnotations back into highlight records. The whole file
// is validated first and rejected whole, naming the first bad field: nothing is written from a bad file, and
// nothing in a good one is dropped without a word:
// - a date the calendar does not have (2025-02-30, month 13) is an error, where Date.parse would quietly read
//   2025-02-30 as 2 March;
// - several commenting bodies are all kept, joined by a blank line (a highlight holds one comment; no text is lost);
// - a second TextQuoteSelector or TextPositionSelector is an error naming it: the selectors of one W3C target are
//   alternatives, a highlight keeps one of each, and picking one would silently drop a quote that may differ.
// Ids the library has already are the library's to ask about (import-merge.ts).
import * as v from 'valibot';
import { HighlightSchema } from '../highlights/schema';
import { MAX_IMPORT_HIGHLIGHTS, tooMany } from '../limits';
import { HIGHLIGHT_VERSION, type Highlight } from '../highlights/types';
import { highlightIdOf } from './annotation-id';
import type { Problem } from '../pack/problems';
import { checkJson, inEnglish, issueAt, Iso, within, type Checked, type InEnglish } from './import-fields';

const Body = v.variant('purpose', [
  v.object({ type: v.literal('TextualBody'), purpose: v.literal('commenting'), value: v.string() }),
  v.object({ type: v.literal('TextualBody'), purpose: v.literal('tagging'), value: v.string() }),
  v.object({
    type: v.literal('SpecificResource'),
    purpose: v.literal('linking'),
    source: v.string(),
    selector: v.object({ type: v.literal('TextQuoteSelector'), exact: v.string() }),
    'sidelight:articleId': v.string(),
    'sidelight:outlet': v.string(),
    'sidelight:relation': v.string(),
    'sidelight:probability': v.optional(v.number()),
  }),
]);
const Selector = v.variant('type', [
  v.object({ type: v.literal('TextQuoteSelector'), exact: v.string(), prefix: v.string(), suffix: v.string() }),
  v.object({ type: v.literal('TextPositionSelector'), start: v.number(), end: v.number() }),
]);
const Annotation = v.object({
  id: v.pipe(
    v.string(),
    v.check((iri) => highlightIdOf(iri) !== null, 'not a urn:uuid: or urn:x-sidelight:highlight: IRI'),
  ),
  type: v.literal('Annotation'),
  created: Iso,
  modified: Iso,
  body: v.optional(v.array(Body), []), // A plain highlight's annotation has none.
  target: v.object({
    source: v.string(),
    'sidelight:canonical': v.string(),
    'sidelight:page': v.unknown(),
    selector: v.array(Selector),
  }),
  'sidelight:story': v.optional(v.string()),
  'sidelight:anchor': v.optional(v.unknown()),
});
const Collection = v.object({
  type: v.literal('AnnotationCollection'),
  total: v.number(),
  first: v.object({
    type: v.literal('AnnotationPage'),
    items: v.pipe(
      v.array(v.unknown()),
      v.maxLength(MAX_IMPORT_HIGHLIGHTS, tooMany(MAX_IMPORT_HIGHLIGHTS, 'highlights')),
      v.array(Annotation),
    ),
  }),
});

type Read = { highlights: Highlight[] };

type Annotation = v.InferOutput<typeof Annotation>;

/** A second selector of a kind a highlight keeps one of, refused (at item `at`); or null. */
function secondSelector(a: Annotation, at: string): Problem | null {
  const seen = new Set<string>();
  for (const [j, s] of a.target.selector.entries()) {
    if (seen.has(s.type)) return { code: 'secondSelector', field: `${at}.target.selector[${j}]`, values: [s.type] };
    seen.add(s.type);
  }
  return null;
}

function toHighlight(a: Annotation): unknown {
  const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
  const pos = a.target.selector.find((s) => s.type === 'TextPositionSelector');
  const comments = a.body.flatMap((b) => (b.purpose === 'commenting' ? [b.value] : []));
  return {
    v: HIGHLIGHT_VERSION,
    id: highlightIdOf(a.id),
    url: a.target.source,
    canonicalUrl: a.target['sidelight:canonical'],
    quote: quote && { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    ...(pos && { position: { start: pos.start, end: pos.end } }),
    page: a.target['sidelight:page'],
    ...(a['sidelight:story'] !== undefined && { storyId: a['sidelight:story'] }),
    comment: comments.join('\n\n'),
    tags: a.body.filter((b) => b.purpose === 'tagging').map((b) => b.value),
    links: a.body.flatMap((b) =>
      b.purpose === 'linking'
        ? [
            {
              articleId: b['sidelight:articleId'],
              outlet: b['sidelight:outlet'],
              url: b.source,
              text: b.selector.exact,
              relation: b['sidelight:relation'],
              ...(b['sidelight:probability'] !== undefined && { probability: b['sidelight:probability'] }),
            },
          ]
        : [],
    ),
    created: Date.parse(a.created),
    updated: Date.parse(a.modified),
    ...(a['sidelight:anchor'] !== undefined && { anchor: a['sidelight:anchor'] }),
  };
}

/** Parses and validates an exported collection; on any problem returns the first one, naming the field. The text
 *  of every field is made well-formed (HighlightSchema), so a lone surrogate costs one character, not the file. */
export function parseWebAnnotations(json: string): InEnglish<Read> {
  const read = checkJson(json);
  return inEnglish(read.ok ? checkWebAnnotations(read.data) : read);
}

/** Validates a parsed collection, as parseWebAnnotations does. */
export function readWebAnnotations(data: unknown): InEnglish<Read> {
  return inEnglish(checkWebAnnotations(data));
}

/** The same, the problem as data (utils/pack/problems.ts). */
export function checkWebAnnotations(data: unknown): Checked<Read> {
  const parsed = v.safeParse(Collection, data, { abortEarly: true });
  if (!parsed.success) return { ok: false, problem: issueAt(parsed.issues[0]) };
  const highlights: Highlight[] = [];
  const seen = new Set<string>();
  for (const [i, a] of parsed.output.first.items.entries()) {
    const at = `first.items[${i}]`;
    const second = secondSelector(a, at);
    if (second) return { ok: false, problem: second };
    const checked = v.safeParse(HighlightSchema, toHighlight(a));
    if (!checked.success) return { ok: false, problem: issueAt(checked.issues[0], within(at, checked.issues[0])) };
    if (seen.has(checked.output.id)) {
      return { ok: false, problem: { code: 'duplicateId', field: `${at}.id`, values: [a.id] } };
    }
    seen.add(checked.output.id);
    highlights.push(checked.output as Highlight);
  }
  if (parsed.output.total !== highlights.length) {
    const values = [String(parsed.output.total), String(highlights.length)];
    return { ok: false, problem: { code: 'total', field: 'total', values } };
  }
  return { ok: true, highlights };
}

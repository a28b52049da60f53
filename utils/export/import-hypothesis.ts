// Reads annotations exported from Hypothesis (the client's export, `{ annotations: […] }`; the API's search,
// `{ rows: […] }`; or a bare list of them) into highlight records. Like the JSON-LD import, the whole file is
// checked first and rejected whole, naming the first bad field; and what is not imported is said, not dropped
// silently: replies and page notes quote no passage, so they are counted and left out.
// Selectors: the TextQuoteSelector (with its prefix and suffix) is the highlight's quote. Hypothesis's
// TextPositionSelector counts UTF-16 units of the page's whole textContent, not the code points of the text
// Sidelight reads, and its RangeSelector is an XPath into Hypothesis's view of the page: both are checked, neither
// kept (a wrong hint is worse than none; the quote finds the passage).
import * as v from 'valibot';
import { canonicalUrl } from '../url/canonical-url';
import { pageKey } from '../url/page-key';
import { normalizeTags } from '../highlights/new-highlight';
import { HighlightSchema } from '../highlights/schema';
import { HIGHLIGHT_VERSION, type Highlight } from '../highlights/types';
import { MAX_IMPORT_HIGHLIGHTS, tooMany } from '../limits';
import { inEnglish, issueAt, issueField, Iso, within, type Checked } from './import-fields';

/** The prefix of a highlight imported from Hypothesis: its id there, kept, so a second import finds the first. */
export const HYPOTHESIS_ID_PREFIX = 'hypothesis-';

const KNOWN = ['TextQuoteSelector', 'TextPositionSelector', 'RangeSelector'];
const TextQuote = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.string(),
  prefix: v.optional(v.string(), ''),
  suffix: v.optional(v.string(), ''),
});
type TextQuote = v.InferOutput<typeof TextQuote>;
const Selector = v.variant('type', [
  TextQuote,
  v.object({ type: v.literal('TextPositionSelector'), start: v.number(), end: v.number() }),
  v.object({
    type: v.literal('RangeSelector'),
    startContainer: v.string(),
    endContainer: v.string(),
    startOffset: v.number(),
    endOffset: v.number(),
  }),
  // Selectors of other kinds (a PDF's page, an EPUB's chapter) are alternatives Sidelight has no use for.
  v.looseObject({ type: v.pipe(v.string(), v.notValues(KNOWN)) }),
]);
const Annotation = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100 - HYPOTHESIS_ID_PREFIX.length)),
  uri: v.string(),
  created: Iso,
  updated: Iso,
  text: v.optional(v.string(), ''),
  tags: v.optional(v.array(v.string()), []),
  document: v.optional(v.object({ title: v.optional(v.union([v.string(), v.array(v.string())])) }), {}),
  target: v.pipe(
    v.array(v.object({ source: v.string(), selector: v.optional(v.array(Selector), []) })),
    v.length(1, 'one target: a highlight quotes one passage'),
  ),
  references: v.optional(v.array(v.string()), []),
});
const Annotations = v.pipe(
  v.array(v.unknown()),
  v.maxLength(MAX_IMPORT_HIGHLIGHTS, tooMany(MAX_IMPORT_HIGHLIGHTS, 'annotations')),
  v.array(Annotation),
);
type Annotation = v.InferOutput<typeof Annotation>;

/** Where a file's annotations are: the field that holds them ('' for a bare list), or null when it is no
 *  Hypothesis file (a JSON-LD collection, or something else for that import to name). */
export function hypothesisField(data: unknown): '' | 'annotations' | 'rows' | null {
  if (Array.isArray(data)) return '';
  if (typeof data !== 'object' || data === null || 'type' in data) return null;
  if (Array.isArray((data as { annotations?: unknown }).annotations)) return 'annotations';
  if (Array.isArray((data as { rows?: unknown }).rows)) return 'rows';
  return null;
}

/** Why a Hypothesis annotation is not a highlight (a reply, a page note), or null when it is one. */
function notAHighlight(a: Annotation): keyof Skipped | null {
  if (a.references.length) return 'reply';
  return a.target[0]!.selector.some((s) => s.type === 'TextQuoteSelector') ? null : 'pageNote';
}

/** The annotations left out of an import because they are no highlights: replies, and page notes (no quote). */
export type Skipped = { reply: number; pageNote: number };

function toHighlight(a: Annotation): unknown {
  const [target] = a.target;
  const quote = target!.selector.find((s): s is TextQuote => s.type === 'TextQuoteSelector')!;
  const title = Array.isArray(a.document.title) ? a.document.title[0] : a.document.title;
  return {
    v: HIGHLIGHT_VERSION,
    id: `${HYPOTHESIS_ID_PREFIX}${a.id}`,
    url: pageKey(target!.source),
    // Hypothesis's `uri` is the document's own address (its rel=canonical, where the page gave one).
    canonicalUrl: canonicalUrl(target!.source, a.uri),
    quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    page: { title: title ?? '' },
    comment: a.text,
    tags: normalizeTags(a.tags),
    links: [],
    created: Date.parse(a.created),
    updated: Date.parse(a.updated),
  };
}

/** "2 replies and 1 page note were not imported: …", or null when every annotation was a highlight. In English
 *  (the library says it in the reader's language: utils/browser/problem-words.ts). */
export function notImportedNote(counts: Skipped | null): string | null {
  if (!counts) return null;
  const parts = [
    counts.reply && `${counts.reply} ${counts.reply === 1 ? 'reply' : 'replies'}`,
    counts.pageNote && `${counts.pageNote} page note${counts.pageNote === 1 ? '' : 's'}`,
  ].filter(Boolean);
  if (!parts.length) return null;
  const one = counts.reply + counts.pageNote === 1;
  return `${parts.join(' and ')} ${one ? 'was' : 'were'} not imported: Sidelight keeps highlights of quoted text.`;
}

export type HypothesisResult =
  { ok: true; highlights: Highlight[]; note: string | null } | { ok: false; error: string };

/** Validates the annotations of a parsed Hypothesis file (see hypothesisField); on any problem returns the first
 *  one, naming the field. */
export function readHypothesis(data: unknown, field: '' | 'annotations' | 'rows'): HypothesisResult {
  const checked = checkHypothesis(data, field);
  return checked.ok
    ? { ok: true, highlights: checked.highlights, note: notImportedNote(checked.skipped) }
    : inEnglish(checked);
}

/** The same, the problem as data (utils/pack/problems.ts) and what was left out as counts (null: nothing). */
export function checkHypothesis(
  data: unknown,
  field: '' | 'annotations' | 'rows',
): Checked<{ highlights: Highlight[]; skipped: Skipped | null }> {
  const list = field ? (data as Record<string, unknown>)[field] : data;
  const parsed = v.safeParse(Annotations, list, { abortEarly: true });
  if (!parsed.success) return { ok: false, problem: issueAt(parsed.issues[0], field + issueField(parsed.issues[0])) };
  const highlights: Highlight[] = [];
  const seen = new Set<string>();
  const skipped: Skipped = { reply: 0, pageNote: 0 };
  for (const [i, a] of parsed.output.entries()) {
    const at = `${field}[${i}]`;
    const second = a.target[0]!.selector.findIndex(
      (s, j, all) => s.type === 'TextQuoteSelector' && all.findIndex((t) => t.type === s.type) < j,
    );
    if (second >= 0) {
      const problemField = `${at}.target[0].selector[${second}]`;
      return { ok: false, problem: { code: 'secondSelector', field: problemField, values: ['TextQuoteSelector'] } };
    }
    const why = notAHighlight(a);
    if (why) {
      skipped[why]++;
      continue;
    }
    const checked = v.safeParse(HighlightSchema, toHighlight(a));
    if (!checked.success) return { ok: false, problem: issueAt(checked.issues[0], within(at, checked.issues[0])) };
    if (seen.has(checked.output.id)) {
      return { ok: false, problem: { code: 'duplicateId', field: `${at}.id`, values: [a.id] } };
    }
    seen.add(checked.output.id);
    highlights.push(checked.output as Highlight);
  }
  return { ok: true, highlights, skipped: skipped.reply + skipped.pageNote ? skipped : null };
}

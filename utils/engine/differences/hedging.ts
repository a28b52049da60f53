// Hedging: how firmly a claim is made. "appeared to confirm the authenticity" / "did not deny the authenticity",
// "coached" / "allegedly coached". Two markers are compared only when they speak of one thing (their scopes
// share a word), and a marker against plain words only when the other passage states that thing itself, not
// through someone ("analysts see", "an official pointed to"). Where the two say opposite things ("denied" /
// "did not deny", "did not confirm" / "appeared to confirm") the difference is a stance, not a hedge.

import type { Bridged } from '../languages/identify';
import type { Difference } from '../types';
import { contentTokens } from '../tokenize';
import { perText } from '../per-text';
import { crossScope, says, sharedAcross, type CrossScope } from './cross-scope';
import { englishView, foreignLanguage } from './foreign';
import { hedgeExpression, statesThroughSomeone } from './other-languages';
import { inQuotation, LIGHT, PREFIX, scopeAfter, shared } from './scope';
import { stances, type Stance } from './stance';

// Words by which an outlet keeps its distance from what it reports; each match is shown in its own words.
// Modal verbs ("could be", "may have") are left out: they are everywhere and rarely what differs.
const HEDGE =
  /\b(?:(?:appear|seem)(?:s|ed)?\s+to\s+\p{L}+|allegedly|reportedly|apparently|presumably|purportedly|supposedly|possibly|probably|likely|alleged|(?:is|are|was|were)\s+reported\s+to)\b/giu;
// A passage that states a thing through someone does not state it plainly.
const THROUGH_SOMEONE =
  /\b(?:says?|said|sees?|saw|believes?|believed|suggest(?:s|ed)?|thinks?|thought|point(?:s|ed)?|argue[sd]?|claim(?:s|ed)?|according|told|stated|noted|insist(?:s|ed)?|theor(?:y|ies))\b/iu;
/** Content words a hedge and the plain passage must share to be about one thing. */
const PLAIN_SHARED = 2;

interface Hedge {
  words: string;
  scope: string[];
  /** What it hedges as words of any language see it (cross-scope.ts): compared with a passage in another. */
  across: CrossScope;
}

/** The hedges of a text, outside quotations (a speaker's "probably" is the speaker's, not the outlet's); in
 *  another language, its own hedges (other-languages.ts). */
export const hedges = perText((text: string): Hedge[] => {
  const lang = foreignLanguage(text);
  if (lang) return foreignHedges(text, lang);
  const out: Hedge[] = [];
  for (const m of text.matchAll(HEDGE)) {
    if (inQuotation(text, m.index)) continue;
    const words = m[0].trim().toLowerCase().replace(/\s+/gu, ' ');
    // "appeared to confirm" is a stance, read in stance.ts.
    if (stances(text).some((s) => s.words.toLowerCase().startsWith(words))) continue;
    const end = m.index + m[0].length;
    out.push({ words, scope: scopeAfter(text, end), across: crossScope(text, end, null) });
  }
  return out;
});

function foreignHedges(text: string, lang: Bridged): Hedge[] {
  const out: Hedge[] = [];
  for (const m of text.matchAll(hedgeExpression(lang))) {
    if (inQuotation(text, m.index)) continue;
    // "soll … haben" surrounds what it hedges; the other hedges stand before it.
    const what = m.groups?.what;
    const across = what
      ? crossScope(text, m.index + what.search(/\s/u), lang, m.index + what.length)
      : crossScope(text, m.index + m[0].length, lang);
    const words = what ? `${what.split(/\s/u)[0]} … ${m[0].split(/\s/u).pop()}` : m[0];
    out.push({ words: words.toLowerCase().replace(/\s+/gu, ' '), scope: [], across });
  }
  return out;
}

const stemsOf = perText((text: string) => new Set(contentTokens(text).map((t) => t.stem)));

/** Firmer or softer wording, and opposite stances, between two passages reporting one claim. */
export function hedgingDifferences(here: string, there: string): Difference[] {
  return [...stanceDifferences(here, there), ...hedgeDifferences(here, there)];
}

function stanceDifferences(here: string, there: string): Difference[] {
  const out: Difference[] = [];
  const b = stances(there);
  for (const x of stances(here)) {
    const y = b.find((s) => shared(x.scope, new Set(s.scope)) > 0);
    if (!y || y.lean === x.lean) continue;
    const kind = opposite(x, y) ? 'stance' : sameSide(x, y) ? 'hedging' : null;
    if (kind) out.push({ kind, here: x.words, there: y.words });
  }
  return out;
}

// "denied" / "did not deny", "did not confirm" / "appeared to confirm": one says yes where the other says no.
// "did not confirm" / "did not deny" are two non-answers, which can both be true.
const opposite = (x: Stance, y: Stance) => x.lean * y.lean < 0 && !(x.negated && y.negated);
// "appeared to confirm" / "did not deny" / "confirmed", or a refusal to comment against an answer.
const sameSide = (x: Stance, y: Stance) => x.lean * y.lean > 0 || x.lean === 0 || y.lean === 0;

// A hedge on one side only, against the other passage saying the same thing plainly.
function hedgeDifferences(here: string, there: string): Difference[] {
  const a = hedges(here);
  const b = hedges(there);
  // Both hedge ("allegedly" / "reportedly", "probably" / "presumably"): neither is firmer.
  if (a.length && b.length) return [];
  const [hedged, plain, side] = a.length ? [a, there, 'here'] : [b, here, 'there'];
  const plainLang = foreignLanguage(plain);
  if (plainLang ? statesThroughSomeone(plain, plainLang) : THROUGH_SOMEONE.test(plain) || stances(plain).length)
    return [];
  // Two English passages compare stems; a passage in another language, what each word is seen to say.
  const h =
    foreignLanguage(here) || foreignLanguage(there)
      ? hedged.find((x) => statesPlainlyAcross(x, englishView(plain)))
      : hedged.find((x) => shared(x.scope, stemsOf(plain)) >= PLAIN_SHARED && statesPlainly(x, plain));
  if (!h) return [];
  return [
    side === 'here' ? { kind: 'hedging', here: h.words, there: '' } : { kind: 'hedging', here: '', there: h.words },
  ];
}

// Whether the plain passage has the very thing hedged: "allegedly coached" against "coached", not against a
// passage that only shares who was involved.
function statesPlainly(h: Hedge, plain: string): boolean {
  const what = h.scope.find((s) => !LIGHT.has(s));
  if (!what) return false;
  const start = what.slice(0, PREFIX);
  return [...stemsOf(plain)].some((s) => s.slice(0, PREFIX) === start);
}

// The same across two languages: the plain passage says enough of what is hedged, and the very thing hedged.
const statesPlainlyAcross = (h: Hedge, view: ReadonlySet<string>) =>
  sharedAcross(h.across, view) >= PLAIN_SHARED && says(view, h.across.what);

// Finds a quoted passage in a text: exact matches first, disambiguated by prefix, suffix and a position hint;
// a whitespace-insensitive match next, and an approximate match of changed text last (fuzzy.ts). No DOM: the
// same code anchors highlights and side notes everywhere.
import { fuzzyMatch } from './fuzzy';
import type { QuoteMatch, TextQuote } from './types';

/** Length of the common suffix of a and b (how well the text before a match agrees with the prefix). */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Scores each exact occurrence of the quote by its context and nearness to the hint; returns the best. */
function bestExact(text: string, q: TextQuote, hint?: number): QuoteMatch | null {
  let best: QuoteMatch | null = null;
  for (let i = text.indexOf(q.exact); i >= 0; i = text.indexOf(q.exact, i + 1)) {
    const end = i + q.exact.length;
    const pre = q.prefix
      ? commonSuffix(text.slice(Math.max(0, i - q.prefix.length), i), q.prefix) / q.prefix.length
      : 1;
    const suf = q.suffix ? commonPrefix(text.slice(end, end + q.suffix.length), q.suffix) / q.suffix.length : 1;
    const near = hint === undefined ? 1 : 1 - Math.min(1, Math.abs(i - hint) / Math.max(1, text.length));
    const score = 0.5 + 0.2 * pre + 0.2 * suf + 0.1 * near;
    if (!best || score > best.score) best = { start: i, end, score };
  }
  return best;
}

/** A whitespace-collapsed copy of a text, with each of its indexes mapped back to the text. */
export interface Collapsed {
  collapsed: string;
  origin: number[];
}

// The last text collapsed, kept: anchoring a page's highlights asks for the same text once per highlight that
// has no exact match (an orphan), and a long page with many orphans collapsed each time took seconds.
let last: { text: string; result: Collapsed } | null = null;

/** Maps each index of a whitespace-collapsed copy of `text` back to its index in `text` (kept for the last text). */
export function collapseWhitespace(text: string): Collapsed {
  if (last?.text === text) return last.result;
  const origin: number[] = [];
  const out: string[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const space = /\s/.test(ch);
    if (space && inSpace) continue;
    inSpace = space;
    out.push(space ? ' ' : ch);
    origin.push(i);
  }
  origin.push(text.length);
  const result = { collapsed: out.join(''), origin };
  last = { text, result };
  return result;
}

/** Finds `quote` in `text`; `hint` is the expected start offset. Returns null when it is not there. */
export function matchQuote(text: string, quote: TextQuote, hint?: number): QuoteMatch | null {
  if (!quote.exact) return null;
  const exact = bestExact(text, quote, hint);
  if (exact) return exact;
  // Pages reflow whitespace (a quote saved across a line break, text extracted by another method).
  const norm = (s: string) => s.replace(/\s+/g, ' ');
  const { collapsed, origin } = collapseWhitespace(text);
  const loose = bestExact(
    collapsed,
    {
      exact: norm(quote.exact).trim(),
      prefix: quote.prefix && norm(quote.prefix),
      suffix: quote.suffix && norm(quote.suffix),
    },
    hint,
  );
  if (loose) return { start: origin[loose.start]!, end: origin[loose.end]!, score: loose.score * 0.9 };
  // The page changed since: an approximate match, scored below every exact one (at most 0.8).
  return fuzzyMatch(text, quote, hint);
}

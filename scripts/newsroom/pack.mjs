// Reads the embedded story pack and turns an article's text into the blocks a news page shows. The pack keeps
// only the published words; paragraphs are separated by "\n", and a short line without closing punctuation is
// a sub-heading that the outlet printed as one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @typedef {{ id: string, outlet: string, url: string | null, title?: string, author?: string, date?: string, language: string, text: string }} PackArticle */
/** @typedef {{ kind: 'p' | 'h2', text: string }} Block */

export const PACK_PATH = join('public', 'stories', 'witkoff-leak.json');

/** Loads the embedded pack from the repository at `repoRoot`. @param {string} repoRoot */
export function loadPack(repoRoot) {
  const pack = JSON.parse(readFileSync(join(repoRoot, PACK_PATH), 'utf8'));
  if (!Array.isArray(pack?.articles)) throw new Error(`${PACK_PATH}: no articles`);
  return /** @type {{ story: { id: string, title: string }, articles: PackArticle[] }} */ (pack);
}

// Headings may end in "?" ("Who could have leaked ...?"), never in a sentence's full stop, colon or quote.
const MAX_HEADING = 100;
const CLOSES_SENTENCE = /[.,:;!…"”'’)]$/u;

/** True for a line that reads as a sub-heading rather than a paragraph. @param {string} line */
export function isSubheading(line) {
  return line.length <= MAX_HEADING && !CLOSES_SENTENCE.test(line);
}

/**
 * Splits an article text into paragraphs and sub-headings, dropping blank lines.
 * @param {string} text
 * @returns {Block[]}
 */
export function toBlocks(text) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => /** @type {Block} */ ({ kind: isSubheading(line) ? 'h2' : 'p', text: line }));
}

// Stance: what a passage says someone did about a claim (confirmed it, denied it, would not comment), read
// together with the negation before the verb. "did not deny" leans towards confirming and "hasn't denied" says
// the same; neither is "denied". Negations read: "not", "n't", "never", "neither/nor", "no", "no one",
// "declined to", "refused to"; "appeared to" and "seemed to" soften the verb without turning it round.

import { perText } from '../per-text';
import { inQuotation, scopeAfter } from './scope';

export interface Stance {
  /** As written: "did not deny", "appeared to confirm", "declined to comment". */
  words: string;
  /** Towards the claim: +3 affirms it (confirmed), +2 seems to (appeared to confirm), +1 does not reject it
   *  (did not deny), 0 says nothing (declined to comment); −1, −2 and −3 the same against it. */
  lean: number;
  /** Read through a negation: "did not deny" and "did not confirm" are both non-answers, not opposites. */
  negated: boolean;
  /** Stems of what it is about (engine/differences/scope.ts). */
  scope: string[];
}

const AFFIRM = 'confirm(?:s|ed|ing)?|acknowledg(?:e|es|ed|ing)|admit(?:s|ted|ting)?|verif(?:y|ies|ied|ying)';
const REJECT = 'den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)|rul(?:e|es|ed|ing)\\s+out';
const COMMENT = 'comment(?:s|ed|ing)?';
// Nouns count only after a negation ("gave no confirmation"); alone ("sought confirmation") they say nothing.
const NOUN = 'confirmation|denial';
const VERB = new RegExp(`\\b(?:(${AFFIRM})|(${REJECT})|(${COMMENT})|(${NOUN}))\\b`, 'giu');

const AUX = '(?:did|does|do|has|have|had|would|will|could|can|was|were|is|are)';
// Read backwards from the verb: a cue, then at most an adverb ("did not immediately confirm").
const CUE = new RegExp(
  '(?:' +
    `(?<neg>\\b${AUX}\\s+(?:not|never)|\\b${AUX}n['’]t|\\b(?:can['’]t|cannot|won['’]t)|\\bnever|\\bnot|\\bneither|\\bnor|` +
    `\\b(?:no\\s+one|nobody)(?:\\s+${AUX})?|\\bno(?:\\s+\\p{L}+)?|\\b(?:declin|refus)(?:e|es|ed|ing)\\s+to)` +
    '|(?<soft>\\b(?:appear|seem)(?:s|ed)?\\s+to)' +
    ')(?:\\s+(?:\\p{L}+ly|yet|even))?\\s+$',
  'iu',
);
/** How far back from the verb a negation is looked for, in characters. */
const LOOK_BACK = 40;

/** The stances a text reports, outside quotations (a speaker's own "I deny" is quoted, not reported). */
export const stances = perText((text: string): Stance[] => {
  const out: Stance[] = [];
  for (const m of text.matchAll(VERB)) {
    if (inQuotation(text, m.index)) continue;
    const from = Math.max(0, m.index - LOOK_BACK);
    const before = text.slice(from, m.index);
    const cue = CUE.exec(before);
    const negated = Boolean(cue?.groups?.neg);
    const soft = Boolean(cue?.groups?.soft);
    const act = m[1] ? 1 : m[2] ? -1 : 0;
    // A plain "commented", or a noun without a negation, takes no stance.
    if ((m[3] && !negated) || (m[4] && !negated) || (m[3] && soft)) continue;
    const base = m[4] ? (/^conf/iu.test(m[4]) ? 1 : -1) : act;
    const lean = (negated ? -base : soft ? 2 * base : 3 * base) || 0; // a plain 0, not −0, for no comment
    const start = cue ? from + cue.index : m.index;
    const end = m.index + m[0].length;
    out.push({ words: text.slice(start, end).replace(/\s+/gu, ' '), lean, negated, scope: scopeAfter(text, end) });
  }
  return out;
});

// Attribution: who a claim is attributed to. "the British resource notes" / "the official stated",
// "according to analysts" / "analysts suggest". Pronouns are not sources and are ignored.

import type { Difference } from '../types';
import { perText } from '../per-text';

const VERBS =
  'said|says|stated|states|notes|noted|adds|added|believes|believed|explained|explains|told|claimed|claims|' +
  'suggests|suggested|argues|argued|wrote|writes|reported|reports|recalls|recalled|summarised|summarized|' +
  'pointed|points|insisted|warned|remarked';
const VERB = new RegExp(`\\b(?:${VERBS})\\b`, 'giu');
// "…, said Daniel Hoffman": a name right after the verb is the source, except after "told", which names
// whom it was said to ("Witkoff told Yuri Ushakov").
const INVERTED_VERBS = VERBS.replace('told|', '');
const VERB_SOURCE = new RegExp(`\\b(?:${INVERTED_VERBS})\\s+((?:[\\p{Lu}][\\p{L}'’-]+\\s?){1,3})`, 'gu');
const ACCORDING = /\baccording to ((?:the |a |an )?[\p{L}'’ -]{2,40}?)(?=[,.;:]|$)/giu;
const PRONOUNS = /^(he|she|they|it|we|i|you|this|that|who|which)$/iu;
// "the outlet", "the publication", "an alternative theory": a word for the source already named, or for no
// source at all, is not another source. Two words at most before it ("the news agency").
const NOT_A_SOURCE =
  /^(?:\S+\s+){0,2}(outlet|publication|newspaper|paper|agency|report|article|analysis|author|story|theory)$/iu;

/** The sources a text attributes its claims to, lowercased. */
export const sources = perText((text: string): string[] => {
  const out = new Set<string>();
  const add = (s: string | undefined) => {
    // "The publication recalls that Bloomberg wrote": the source of what was written is after "that". "Ushakov
    // later said", "he notably suggested": the adverb is not part of who said it.
    const t = (s ?? '')
      .trim()
      .replace(/^.*\bthat\s+/iu, '')
      .replace(/^(and|but|while|as)\s+/iu, '')
      .replace(/\s+(?:\p{L}+ly|later|also|then|again|earlier|previously)$/iu, '');
    if (!t || PRONOUNS.test(t) || NOT_A_SOURCE.test(t) || /^(it|has|had|was|is)\b/iu.test(t)) return;
    out.add(t.toLowerCase());
  };
  for (const m of text.matchAll(ACCORDING)) add(m[1]);
  // Only a reporting clause after a comma or quote (or opening the claim) names a source; elsewhere the
  // words before a verb are a plain subject. Looking back from each verb keeps this linear in the text.
  for (const m of text.matchAll(VERB)) {
    const from = Math.max(0, m.index - 62);
    const lead = from === 0 ? '^|' : '';
    const clause = new RegExp(`(?:${lead}[,"”:;]\\s?)([^,"”:;]{1,60})\\s$`, 'u').exec(text.slice(from, m.index));
    const subject = clause?.[1]?.trim() ?? '';
    if (subject && subject.split(/\s+/u).length <= 5) add(subject);
  }
  for (const m of text.matchAll(VERB_SOURCE)) add(m[1]);
  return [...out];
});

// Words that only count a source, not name it: "a former official" and "one former official" are one source.
const COUNTING = /^(a|an|the|one|another|some|several|two|three)$/u;

/** Whether two attributions name one source: one contains the other, or they share most of their words. */
function sameSource(x: string, y: string): boolean {
  if (x.includes(y) || y.includes(x)) return true;
  const wx = new Set(x.split(/\s+/u).filter((w) => !COUNTING.test(w)));
  const wy = y.split(/\s+/u).filter((w) => !COUNTING.test(w));
  const shared = wy.filter((w) => wx.has(w)).length;
  return shared > 0 && shared >= (2 / 3) * Math.min(wx.size, wy.length);
}

/** Reports a claim attributed to different sources in the two texts. */
export function attributionDifferences(here: string, there: string): Difference[] {
  const a = sources(here);
  const b = sources(there);
  if (!a.length || !b.length) return [];
  if (a.some((x) => b.some((y) => sameSource(x, y)))) return [];
  return [{ kind: 'attribution', here: a.join('; '), there: b.join('; ') }];
}

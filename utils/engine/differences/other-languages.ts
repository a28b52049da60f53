// The words of the differences in the languages the engine reads besides English (issue 17): hedges, the words
// that say a passage states a thing through someone, and the words of titles. Each list is the few words news
// reporting uses, not a dictionary: a word left out costs a difference not shown, never a wrong one.

import type { Bridged } from '../languages/identify';

// Words by which an outlet keeps its distance (as English "allegedly", "reportedly", "apparently", "appears to").
// French and Italian say it with the conditional ("aurait prodigué", "avrebbe detto"), German with "soll … haben".
const HEDGES: Record<Bridged, string> = {
  uk: 'нібито|начебто|ймовірно|імовірно|мабуть|можливо|вочевидь',
  ru: 'якобы|предположительно|вероятно|по-видимому|видимо|возможно|судя\\s+по\\s+всему',
  de: 'angeblich|mutmaßlich|vermutlich|offenbar|anscheinend|wahrscheinlich|möglicherweise',
  fr: 'prétendument|présumément|apparemment|probablement|vraisemblablement|aurai(?:t|ent)\\s+\\p{L}+|sembl(?:e|ent|ait|aient)\\s+\\p{L}+',
  es: 'supuestamente|presuntamente|aparentemente|al\\s+parecer|probablemente|posiblemente|parec(?:e|en|ía|ían)\\s+\\p{L}+',
  it: 'presumibilmente|apparentemente|probabilmente|avrebbe(?:ro)?\\s+\\p{L}+|sembr(?:a|ano|ava|avano)\\s+\\p{L}+',
  pl: 'rzekomo|podobno|ponoć|prawdopodobnie|najprawdopodobniej|najwyraźniej|przypuszczalnie',
};
// "soll Witkoff dem Kreml Tipps gegeben haben": the hedge is "soll … haben", what it hedges lies between.
const GERMAN_SOLL = '(?<what>soll(?:en|te|ten)?\\s+[^.,;:!?«»„“”"]{1,80}?)\\s+(?:haben|sein|worden)';

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';

// Each language's expressions, compiled once: global for matchAll, plain for a stateless test.
const compiled = new Map<string, RegExp>();
function expression(key: string, source: () => string, flags: string): RegExp {
  let re = compiled.get(`${key}/${flags}`);
  if (!re) {
    re = new RegExp(`${NOT_LETTER_BEFORE}(?:${source()})${NOT_LETTER_AFTER}`, flags);
    compiled.set(`${key}/${flags}`, re);
  }
  return re;
}
const hedgeSource = (lang: Bridged) => () => (lang === 'de' ? `${GERMAN_SOLL}|${HEDGES.de}` : HEDGES[lang]);

/** A language's hedges as one expression, for matchAll; each match is shown as written (group "what" holds the
 *  hedged words where the hedge surrounds them). */
export const hedgeExpression = (lang: Bridged): RegExp => expression(`hedge-${lang}`, hedgeSource(lang), 'giu');

// Words by which a passage states a thing through someone ("according to", "said", "believes"): against such
// a passage a hedge is no difference, as in English (hedging.ts).
const THROUGH: Record<Bridged, string> = {
  uk: 'за\\s+даними|за\\s+словами|згідно\\s+з|як\\s+повідом\\p{L}*|заяв\\p{L}*|сказа\\p{L}*|повідоми\\p{L}*|вважа\\p{L}*|припуска\\p{L}*|стверджу\\p{L}*|пише|пишуть|версі\\p{L}*',
  ru: 'по\\s+данным|по\\s+словам|согласно|как\\s+сообща\\p{L}*|заяв\\p{L}*|сказа\\p{L}*|сообщи\\p{L}*|счита\\p{L}*|предполага\\p{L}*|утвержда\\p{L}*|пишет|пишут|верси\\p{L}*',
  de: 'laut|zufolge|nach\\s+Angaben|sagt\\p{L}*|gesagt|erklärt\\p{L}*|berichtet\\p{L}*|meint\\p{L}*|glaubt\\p{L}*|vermutet\\p{L}*|behauptet\\p{L}*|schreibt|schrieb|Theorie\\p{L}*',
  fr: "selon|d[’']après|déclar\\p{L}*|affirm\\p{L}*|estim\\p{L}*|suggér\\p{L}*|a\\s+dit|écrit|rapport\\p{L}*|pense\\p{L}*|croit|théori\\p{L}*",
  es: 'según|de\\s+acuerdo\\s+con|dijo|dice|afirm\\p{L}*|declar\\p{L}*|asegur\\p{L}*|consider\\p{L}*|cree|escribió|teorí\\p{L}*',
  it: 'secondo|stando\\s+a|ha\\s+detto|dice|dichiar\\p{L}*|afferm\\p{L}*|sostien\\p{L}*|ritien\\p{L}*|scriv\\p{L}*|teori\\p{L}*',
  pl: 'według|zdaniem|jak\\s+pod\\p{L}*|powiedzia\\p{L}*|mówi\\p{L}*|twierdz\\p{L}*|uważa\\p{L}*|stwierdzi\\p{L}*|napisa\\p{L}*|przekaza\\p{L}*|teori\\p{L}*',
};

/** The languages whose own hedges or words of attribution a text uses: a sign of its language where a
 *  sentence is too short for function words ("Secondo l’ex presidente…", "Bloomberg rzekomo…"). */
export function markedLanguages(text: string, langs: readonly Bridged[]): Bridged[] {
  return langs.filter(
    (lang) => expression(`hedge-${lang}`, hedgeSource(lang), 'iu').test(text) || statesThroughSomeone(text, lang),
  );
}

/** Whether a passage in `lang` states its claim through someone. */
export function statesThroughSomeone(text: string, lang: Bridged): boolean {
  return expression(`through-${lang}`, () => THROUGH[lang], 'iu').test(text);
}

// The roles a title gives, as stems of every language (folded: lowercase, Latin without diacritics, "ł" as
// "l"), matched as a word's start; "=" marks a whole word. An adviser and an aide are one role here: the
// languages translate both by one word (радник, Berater, conseiller, doradca), so telling them apart across
// languages would show the translation, not the reporting.
const ROLES: Record<string, string> = {
  envoy:
    'посланц посланец посланник спецпосланц спецпосланец спецпосланник спецпредставник спецпредставител ' +
    'gesandt sondergesandt sonderbeauftragt emissaire envoye enviad inviat wyslannik wyslannic',
  adviser: 'радник советник помічник помощник berater conseiller =asesor =asesora =asesores consiglier doradc pomocnik',
  spokesman: 'речник речниц пресс-секретар прес-секретар sprecher porte-parole portavoz portavoce rzeczni',
  president: 'президент prasident president prezydent',
  minister: 'міністр министр minister ministr ministre ministro',
  former: 'колишн бывш ehemalig ancien =ex =exministro byl',
  head: 'керівник руководител глав голов leiter chef capo jefe szef',
};

// Words that rank a title without naming a role ("special", "top", "chief" as in "principal conseiller").
const RANKS = 'спеціальн специальн головн главн старш speziell special especial specjaln principal glown starsz'.split(
  ' ',
);

/** Whether a folded word ranks a title ("specjalnego", "principal"). */
export const isRankWord = (folded: string) => RANKS.some((r) => folded.startsWith(r));

const roleStems: Array<[string, string, boolean]> = Object.entries(ROLES).flatMap(([role, stems]) =>
  stems.split(' ').map((s): [string, string, boolean] => [s.replace(/^=/u, ''), role, s.startsWith('=')]),
);

/** The role a folded word of any of the languages names, or null. */
export function roleOfWord(folded: string): string | null {
  for (const [stem, role, whole] of roleStems) if (whole ? folded === stem : folded.startsWith(stem)) return role;
  return null;
}

// English role words as the cross-language roles read them (the English titles' own words: roles.ts).
const ENGLISH_ROLE: Record<string, string> = {
  envoy: 'envoy',
  aide: 'adviser',
  adviser: 'adviser',
  advisor: 'adviser',
  spokesman: 'spokesman',
  spokeswoman: 'spokesman',
  spokesperson: 'spokesman',
  president: 'president',
  minister: 'minister',
  former: 'former',
  head: 'head',
};

/** An English title's role (differences/titles.ts roleOf) as the other languages' roles read it, or null where
 *  it has a word they do not name ("secretary", "official"): such a title is not compared across languages. */
export function englishRole(role: string): string | null {
  const words = role.split(' ').filter(Boolean);
  if (!words.length || words.some((w) => !ENGLISH_ROLE[w])) return null;
  return [...new Set(words.map((w) => ENGLISH_ROLE[w]!))].sort().join(' ');
}

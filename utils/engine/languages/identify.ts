// Which language a page is written in, from its script and its function words: the engine reads English
// as it always has and reads the languages it has a vocabulary for (vocabulary.ts) through that vocabulary.
// A rule, not a model: function words are the most frequent words of every language, so a few hundred words
// of text settle it, and the rule ships as a few lines instead of a model's tables.

import type { Language } from './identified';

export type { Language } from './identified';

/** The languages read through a vocabulary into the engine's English terms. */
export type Bridged = Exclude<Language, 'en' | 'other'>;

/** Identification tunables. */
export const IDENTIFY = {
  /** Words read from the text: enough to settle the language, few enough to stay quick on long pages. */
  sampleWords: 600,
  /** Below this share of function words a Latin-script text is not one of the known languages. */
  minShare: 0.08,
  /** Nor is it with fewer distinct function words: Lorem ipsum's "et" and "est" are not French. */
  minDistinct: 4,
};

// The most frequent function words of each Latin-script language, chosen to tell apart neighbours that share
// many (es/it/pt, de/nl, pl/cs): a word common to two of them is listed for neither. Portuguese, Dutch and
// Czech are listed so that their pages are not taken for Spanish, German or Polish ('other').
const FUNCTION_WORDS: Record<string, string> = {
  en: 'the and of to is that was for with on by from his it as at this have be are which has were',
  de: 'der die und das ist nicht den mit von zu ein eine sich auch auf dem des für wird sind wie oder im',
  fr: 'le les et est une du dans que qui pour sur pas au avec ce sont aux ont cette mais été leur',
  es: 'el los las y del por una con para es su al como más pero sus fue muy este está también',
  it: 'il di che della per non sono gli è nel alla dei delle anche è stato questo come più ha',
  pl: 'i w z od na się nie że jest jak przez dla jego także oraz być który która było może już tylko',
  pt: 'os da em um não uma dos ao mais pelo pela foi ser à são seu sua também isso',
  nl: 'het een van dat op te zijn voor niet ook er aan werd wordt hij naar maar bij',
  // Cyrillic languages are told apart by their letters; these are their stop words only.
  uk: 'і й та що на не як до за від про це для але його які який яка був була було вже також після',
  ru: 'и в не что на с по как к из за от о это для но его которые который была было уже также после',
  cs: 'je se že jako pro ale který které jsou byl být také jeho této tak když nebo',
};

let languageOfWord: Map<string, string> | undefined;
/** Each Latin-script function word's language. Made on first use: the always-on content script loads this
 *  module on every page, and most pages never need it (spelling.ts). */
function wordLanguages(): Map<string, string> {
  if (languageOfWord) return languageOfWord;
  languageOfWord = new Map();
  for (const [lang, words] of Object.entries(FUNCTION_WORDS))
    if (lang !== 'uk' && lang !== 'ru') for (const w of words.split(' ')) languageOfWord.set(w, lang);
  return languageOfWord;
}

const FUNCTION_SETS = new Map<Bridged, ReadonlySet<string>>();

/** The function words of a language the engine reads: stop words of its claims, as English has STOPWORDS. */
export function functionWords(lang: Bridged): ReadonlySet<string> {
  let set = FUNCTION_SETS.get(lang);
  if (!set) FUNCTION_SETS.set(lang, (set = new Set(FUNCTION_WORDS[lang]?.split(' ') ?? [])));
  return set;
}

const KNOWN = new Set<Language>(['en', 'de', 'fr', 'es', 'it', 'pl']);

/** The language of a text when the engine reads it through a vocabulary, else null (English, or unknown). */
export function bridgedLanguage(text: string): Bridged | null {
  const lang = identifyLanguage(text);
  return lang === 'en' || lang === 'other' ? null : lang;
}
const LETTERS = /\p{L}+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
// Letters only Ukrainian writes, and letters only Russian writes, among the Cyrillic languages.
const UKRAINIAN = /[іїєґ]/gu;
const RUSSIAN = /[ыэъё]/gu;

/** The opening of a text that identification reads: about IDENTIFY.sampleWords words and their spaces. */
export const identificationSample = (text: string): string => text.slice(0, IDENTIFY.sampleWords * 12);

/** Identifies the language of a text (see Language). */
export function identifyLanguage(text: string): Language {
  const words = (identificationSample(text).toLowerCase().match(LETTERS) ?? []).slice(0, IDENTIFY.sampleWords);
  const cyrillic = words.filter((w) => CYRILLIC.test(w));
  if (cyrillic.length > words.length / 2) {
    const joined = cyrillic.join(' ');
    const uk = joined.match(UKRAINIAN)?.length ?? 0;
    const ru = joined.match(RUSSIAN)?.length ?? 0;
    return uk > ru ? 'uk' : ru > 0 ? 'ru' : 'other';
  }
  const hits = new Map<string, string[]>();
  const languages = wordLanguages();
  for (const w of words) {
    const lang = languages.get(w);
    if (!lang) continue;
    const list = hits.get(lang);
    if (list) list.push(w);
    else hits.set(lang, [w]);
  }
  const [best, found] = [...hits].sort((a, b) => b[1].length - a[1].length)[0] ?? ['other', []];
  if (found.length < words.length * IDENTIFY.minShare || new Set(found).size < IDENTIFY.minDistinct) return 'other';
  return KNOWN.has(best as Language) ? (best as Language) : 'other';
}

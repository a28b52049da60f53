// Titles compared across languages (issue 17): "specjalnego wysłannika Donalda Trumpa Steve'a Witkoffa" /
// "Trump aide Steve Witkoff" gives Witkoff another role. A person is found by name keys across scripts and case
// forms (foreign.ts), a title by the role words of other-languages.ts; an English title is read by titles.ts.

import { perText } from '../per-text';
import { foldWord } from '../languages/stem';
import { foreignLanguage, nameKeysOf } from './foreign';
import { englishRole, isRankWord, roleOfWord } from './other-languages';

export interface TitledAcross {
  /** The person's name keys (names.ts), any of which may meet the other passage's. */
  keys: string[];
  /** The roles the title names, sorted, as other-languages.ts names them ("envoy", "former president"). */
  role: string;
  /** The name with its title as the text writes it. */
  written: string;
}

// A run of capitalised words, in any script, with a Polish or English possessive ("Steve'a", "Trump's").
const RUN = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu;
/** Words read before a name for its title ("rozmowy specjalnego wysłannika"). */
const BEFORE_WORDS = 3;
/** An apposition names a role within this many words ("principal conseiller"). */
const APPOSITION_ROLE_WORDS = 3;
/** Words read in an apposition after a name (", principal conseiller du Kremlin,"). */
const APPOSITION = /^,\s+([^,.;:!?()«»„“”"]{3,60}?)(?=[,.;:!?)]|$)/u;

// A word as the role lists read it: folded, without an elided article ("l’émissaire").
const fold = (w: string) => foldWord(w.replace(/^\p{L}{1,2}['’](?=\p{L})/u, ''));

// "L’envoyé spécial de Donald Trump", "Sondergesandter von Donald Trump": the name after "de", "von" is whose
// the title is, not who has it.
const OF = /^(?:de|du|des|del|della|dello|di|von)$/iu;
// In the Slavic languages the possessor follows the title in the genitive ("посланець Трампа", "wysłannik
// Trumpa"), a masculine name ending in -а/-я/-a, while a title in apposition agrees with the name in case.
const SLAVIC = new Set(['uk', 'ru', 'pl']);
const GENITIVE = /[aая]$/iu;

/** Whether the name a title stands before is whose the title is ("wysłannik Donalda Trumpa"). */
function isPossessor(words: string[], name: string[], lang: string): boolean {
  const last = words[words.length - 1];
  if (last && OF.test(last)) return true;
  if (!SLAVIC.has(lang)) return false;
  const role = [...words].reverse().find((w) => rolesIn([w]));
  return !!role && GENITIVE.test(name[name.length - 1]!) && !GENITIVE.test(role);
}

const rolesIn = (words: string[]) =>
  [...new Set(words.flatMap((w) => w.split('-')).map((w) => roleOfWord(fold(w)) ?? ''))]
    .filter(Boolean)
    .sort()
    .join(' ');

/** The names a text in another language gives a title, before them or in an apposition after them. */
export const foreignTitledNames = perText((text: string): TitledAcross[] => {
  const lang = foreignLanguage(text);
  const out: TitledAcross[] = [];
  if (!lang) return out;
  for (const m of text.matchAll(RUN)) {
    const run = m[0].split(/\s+/u);
    // "wysłannika Donalda Trumpa Steve'a Witkoffa" (envoy of Donald Trump, Steve Witkoff): in the languages that
    // put the possessor before the name, the last two words are the person; a capitalised title word ("US-
    // Sondergesandter" in German) is no part of the name.
    let name = run.length >= 4 ? run.slice(-2) : run;
    while (name.length > 1 && roleOfWord(fold(name[0]!.split('-').pop()!))) name = name.slice(1);
    const own = run.slice(0, run.length - name.length);
    const before = text
      .slice(Math.max(0, m.index - 80), m.index)
      .split(/\s+/u)
      .filter(Boolean);
    const lead: string[] = [];
    for (let i = before.length - 1; i >= 0 && lead.length < BEFORE_WORDS; i--) {
      if (/[,.;:!?"“”«»()]$/u.test(before[i]!)) break;
      lead.unshift(before[i]!);
    }
    // "rozmowy specjalnego wysłannika", "Der US-Sondergesandte": the title starts at its first role word, or at
    // the words ranking it just before.
    const words = [...lead, ...own];
    let from = words.findIndex((w) => rolesIn([w]));
    while (from > 0 && isRankWord(fold(words[from - 1]!))) from--;
    const titleWords = from < 0 || isPossessor(words, name, lang) ? [] : words.slice(from);
    let role = rolesIn(titleWords);
    let written = [...titleWords, ...name].join(' ');
    // ", principal conseiller du Kremlin": an apposition naming a role in its first words, after a full name.
    if (!role && name.length > 1) {
      const after = APPOSITION.exec(text.slice(m.index + m[0].length))?.[1];
      role = after ? rolesIn(after.split(/\s+/u).slice(0, APPOSITION_ROLE_WORDS)) : '';
      written = `${name.join(' ')}, ${after}`;
    }
    const keys = nameKeysOf(name[name.length - 1]!, lang);
    if (role && keys.length) out.push({ keys, role, written });
  }
  return out;
});

/** An English text's titled names (titles.ts), as the other languages' roles read them. */
export function englishTitledAcross(titled: Array<{ key: string; role: string; written: string }>): TitledAcross[] {
  return titled.flatMap((t) => {
    const role = englishRole(t.role);
    return role ? [{ keys: [t.key], role, written: t.written }] : [];
  });
}

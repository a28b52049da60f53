// Titles and roles given to the same person: "US President Donald Trump" / "former President Donald Trump",
// "Trump aide Steve Witkoff" / "Trump envoy Steve Witkoff", "the former head of the CIA's Moscow office" /
// "a former CIA Moscow station chief".

import { nameKey } from '../names';
import type { Difference } from '../types';
import { perText } from '../per-text';
import { TITLE_WORDS } from '../roles';
import { foreignLanguage } from './foreign';
import { englishTitledAcross, foreignTitledNames, type TitledAcross } from './titles-across';

// A run of capitalised words: leading title words ("US President") are peeled off, the rest is the name.
const RUN = /\b\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu;

interface Titled {
  key: string;
  name: string;
  title: string;
  /** The name with its title as the text writes it: "US President Donald Trump", "Daniel Hoffman, a former …". */
  written: string;
}

/** Names with the title written right before them or in an apposition right after them. */
export const titledNames = perText((text: string): Titled[] => {
  const out: Titled[] = [];
  for (const m of text.matchAll(RUN)) {
    const run = m[0].split(/\s+/u);
    let k = 0;
    while (k < run.length - 1 && TITLE_WORDS.has(run[k]!.toLowerCase())) k++;
    // Two full names in one run ("US President Donald Trump Steve Witkoff"): the title belongs to the first.
    const nameWords = run.length - k >= 4 ? run.slice(k, k + 2) : run.slice(k);
    // A full name (first and last) anchors a title reliably; a lone word only after a title word.
    if (nameWords.length < 2 && k === 0) continue;
    const last = nameWords[nameWords.length - 1]!.toLowerCase().replace(/['’]s$/u, '');
    const key = nameKey(last) ?? last;
    // "President Donald Trump's special envoy": the possessive is not part of the name.
    const name = nameWords.join(' ').replace(/['’]s$/u, '');
    const before = text
      .slice(Math.max(0, m.index - 60), m.index)
      .split(/\s+/u)
      .filter(Boolean);
    const title: string[] = run.slice(0, k);
    // "then-President Donald Trump": the run starts after the hyphen, but "then-" is part of the title.
    const hyphened = /\b(then|ex)-$/iu.exec(text.slice(Math.max(0, m.index - 5), m.index));
    if (hyphened && title.length) title[0] = `${hyphened[0]}${title[0]}`;
    for (let i = before.length - 1; i >= 0 && title.length < 4; i--) {
      const w = before[i]!;
      if (/[,.;:"“”()]$/u.test(w)) break;
      if (!TITLE_WORDS.has(w.toLowerCase()) && !/^\p{Lu}/u.test(w)) break;
      title.unshift(w);
    }
    const after = /^,\s+((?:the|a|an)\s[^,.;"]{3,60}?)(?=[,.;])/u.exec(text.slice(m.index + m[0].length));
    const t = title.join(' ') || after?.[1] || '';
    if (t) out.push({ key, name, title: t, written: title.length ? `${t} ${name}` : `${name}, ${t}` });
  }
  return out;
});

/** Reports a person titled differently in the two texts. */
export function titleDifferences(here: string, there: string): Difference[] {
  if (foreignLanguage(here) || foreignLanguage(there)) return titleDifferencesAcross(here, there);
  const b = titledNames(there);
  const out: Difference[] = [];
  for (const x of titledNames(here)) {
    const y = b.find((t) => t.key === x.key);
    if (y && roleOf(y.title) !== roleOf(x.title)) {
      out.push({ kind: 'title', here: x.written, there: y.written });
    }
  }
  return out;
}

// A person titled differently in two passages of which one or both are in another language (titles-across.ts).
function titleDifferencesAcross(here: string, there: string): Difference[] {
  const read = (text: string): TitledAcross[] =>
    foreignLanguage(text)
      ? foreignTitledNames(text)
      : englishTitledAcross(titledNames(text).map((t) => ({ key: t.key, role: roleOf(t.title), written: t.written })));
  const b = read(there);
  const out: Difference[] = [];
  for (const x of read(here)) {
    const y = b.find((t) => t.keys.some((k) => x.keys.includes(k)));
    if (y && y.role !== x.role) out.push({ kind: 'title', here: x.written, there: y.written });
  }
  return out;
}

// What a title says someone is, without the words that only place them ("US", "Kremlin", "Trump") or rank them
// ("top", "special"): "US President" and "President" are one title, "US President" and "former President" are
// not; "US Special Envoy" and "Trump envoy" are one, as are a "station chief" and the "head" of that office.
const PLACE_WORDS = new Set(['us', 'u.s.', 'uk', 'russian', 'american', 'ukrainian', 'kremlin', 'white', 'house']);
const RANK_WORDS = new Set(['top', 'senior', 'special', 'key', 'presidential']);
const SAME_ROLE: Record<string, string> = { chief: 'head', then: 'former', ex: 'former' };

function roleOf(title: string): string {
  // "an aide to Russian President Vladimir Putin": the words after "to" or "of" are someone else's title.
  const own = title.toLowerCase().split(/\s+(?:to|of|for|at|in|with|close)\s+/u)[0]!;
  return own
    .split(/[\s-]+/u)
    .map((w) => SAME_ROLE[w] ?? w)
    .filter((w) => TITLE_WORDS.has(w) && !PLACE_WORDS.has(w) && !RANK_WORDS.has(w))
    .join(' ');
}

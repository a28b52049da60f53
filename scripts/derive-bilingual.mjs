#!/usr/bin/env node
// Derives the engine's bilingual lexicons, one file per language it reads (public/engine/bilingual-<lang>.txt):
// each word of the language, keyed by the engine's own stemmer (utils/engine/languages/stem.ts), with the
// English words a real dictionary gives for it, and the language's stop words. Run at build time by a person,
// never by CI: the derived files are committed, and tests/unit/engine/bilingual.test.ts checks their format
// (and this script's output when the dictionaries are installed).
//
// Sources (Debian packages; licences in THIRD_PARTY_NOTICES.md via scripts/notices.mjs):
//   de fr es it pl  FreeDict deu-eng, fra-eng, spa-eng, ita-eng, pol-eng (dict-freedict-*); for fr es it also
//                   eng-fra, eng-spa, eng-ita read backwards (the same licence, GPL-2.0+)
//   ru              FreeDict pol-rus through pol-eng (both CC BY-SA 3.0): Russian → Polish → English
//   uk              Apertium's Ukrainian→Russian dictionary (apertium-rus-ukr, GPL-3.0+, printed by lttoolbox's
//                   lt-print) into FreeDict eng-rus read backwards (GPL-2.0+): FreeDict has no Ukrainian dictionary
// Each file is derived from sources of one licence family: CC BY-SA 3.0 and the GPL are not compatible, so no
// file mixes them (the Russian read for Ukrainian is not the Russian file's).
// Stop words: stopwords-iso (MIT; a devDependency, read here only).
// Only English words the engine can weigh are kept: words of its English lexicon (public/engine/lexicon.bin)
// within the MAX_RANK most frequent, no English stop word, at most MAX_SENSES per stem, dictionary order
// (first sense first).
//
//   apt-get install -y dict-freedict-deu-eng dict-freedict-fra-eng dict-freedict-spa-eng dict-freedict-ita-eng \
//     dict-freedict-eng-fra dict-freedict-eng-spa dict-freedict-eng-ita \
//     dict-freedict-pol-eng dict-freedict-pol-rus dict-freedict-eng-rus apertium-rus-ukr lttoolbox
//   npx tsx scripts/derive-bilingual.mjs [--dict /usr/share/dictd] [--out public/engine] [--lang de]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { stemWord, foldWord } from '../utils/engine/languages/stem.ts';
import { STOPWORDS } from '../utils/engine/stopwords.ts';

/** English words kept: among the lexicon's most frequent (its rows are in frequency order). 10,000 links as well
 *  as 20,000 on the development excerpts (11/60 same units found, 10/60) at two thirds of the size; 5,000 less. */
export const MAX_RANK = 10000;
/** English words kept per stem: the first senses only, later ones are rarer and noisier. */
export const MAX_SENSES = 3;
/** Stop words of this many letters or fewer stay stop words even where the dictionary translates them: their
 *  translations are other senses of a function word (French "son" as sound, "des" as since); development
 *  links 15/16 right -> 16/17, same units found unchanged. */
export const STOP_ALWAYS = 3;
/** The languages derived, in the order written. */
export const LANGUAGES = ['de', 'fr', 'es', 'it', 'pl', 'ru', 'uk'];
const FROM = { de: 'deu', fr: 'fra', es: 'spa', it: 'ita', pl: 'pol' };
/** The English-to-language dictionaries of the same licence as the language's own (GPL-2.0+), read backwards after
 *  it: they name words its own leaves out (Italian's ita-eng has 3,400 headwords, eng-ita 4,500 more). German's
 *  eng-deu is Ding's deu-eng turned round; Polish's eng-pol is GPL-3.0+ beside a CC BY-SA pol-eng, which may
 *  not be mixed in one file. */
const BACKWARDS = { fr: 'eng-fra', es: 'eng-spa', it: 'eng-ita' };
const APERTIUM_UK = '/usr/share/apertium/apertium-rus-ukr/ukr-rus.autobil.bin';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64 = (s) => [...s].reduce((n, c) => n * 64 + B64.indexOf(c), 0);

/** A dictd dictionary's entries: [headword, body lines]. */
function readDictd(dir, name) {
  const data = gunzipSync(fs.readFileSync(path.join(dir, `${name}.dict.dz`)));
  const out = [];
  for (const line of fs.readFileSync(path.join(dir, `${name}.index`), 'utf8').split('\n')) {
    const [head, off, len] = line.split('\t');
    if (!len || head.startsWith('00-database') || head.startsWith('00database')) continue;
    const [first, ...body] = data
      .subarray(b64(off), b64(off) + b64(len))
      .toString('utf8')
      .split('\n');
    // The entry's first line repeats the headword, with its pronunciation /…/ and part of speech <…>.
    const word = first.replace(/\s*[/<].*$/u, '').trim() || head;
    out.push([word, body]);
  }
  return out;
}

/** The translations a body line gives: comma- or semicolon-separated, labels ([…], <…>, {…}) removed. */
function lineTranslations(line) {
  const t = line.trim();
  // Examples ("…" - …), cross-references and definitions in the source language ((domain) …) give none.
  if (!t || /^["(]|^(Synonyms|see|Note|Syn|Ant)\b/iu.test(t) || t.includes(' - ')) return [];
  return t
    .replace(/^\d+\.\s*/u, '')
    .replace(/\[[^\]]*\]|<[^>]*>|\{[^}]*\}|\([^)]*\)/gu, ' ')
    .split(/[,;]/u)
    .map((s) => s.trim().replace(/^(to|a|an|the) /u, ''))
    .filter(Boolean);
}

/** The English words of the lexicon the engine reads, by frequency rank. */
function englishRanks(file) {
  const u8 = fs.readFileSync(file);
  const headerLength = u8.readUInt32LE(4);
  const header = JSON.parse(u8.subarray(8, 8 + headerLength).toString('utf8'));
  const words = u8
    .subarray(8 + headerLength, 8 + headerLength + header.wordBytes)
    .toString('utf8')
    .split('\n');
  return new Map(words.map((w, i) => [w, i]));
}

/** A table builder: stem → English words in the order first given. */
function table(lang, ranks) {
  const map = new Map();
  const english = (w) => {
    const rank = ranks.get(w);
    return rank !== undefined && rank < MAX_RANK && /^[a-z]{3,}$/u.test(w) && !STOPWORDS.has(w);
  };
  return {
    map,
    add(word, translations) {
      if (!/^[\p{L}-]+$/u.test(word) || word.length > 24) return;
      const key = stemWord(word, lang);
      const list = map.get(key) ?? [];
      for (const t of translations) if (english(t) && !list.includes(t)) list.push(t);
      if (list.length) map.set(key, list);
    },
  };
}

/** Word → English words from a FreeDict xxx-eng dictionary (one-word translations only). */
function fromDictd(dir, name) {
  const out = new Map();
  for (const [word, body] of readDictd(dir, name)) {
    const words = body.flatMap(lineTranslations).filter((t) => !t.includes(' '));
    out.set(word.toLowerCase(), [...(out.get(word.toLowerCase()) ?? []), ...words]);
  }
  return out;
}

const CYRILLIC_LINE = /^[\s\d.,;\p{Script=Cyrillic}\u0301-]+$/u;
const cyrillicWords = (line) =>
  CYRILLIC_LINE.test(line)
    ? line
        .normalize('NFD')
        .replace(/\u0301/gu, '')
        .normalize('NFC')
        .replace(/\d+\./gu, ' ')
        .split(/[,;]/u)
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s && !s.includes(' '))
    : [];

/** Russian word → English words through Polish: pol-rus read backwards, then pol-eng. */
function russianThroughPolish(dir, polishToEnglish) {
  const out = new Map();
  for (const [head, body] of readDictd(dir, 'freedict-pol-rus')) {
    const en = polishToEnglish.get(head.toLowerCase()) ?? [];
    if (en.length) for (const ru of body.flatMap(cyrillicWords)) out.set(ru, [...(out.get(ru) ?? []), ...en]);
  }
  return out;
}

/** Word → English words from a FreeDict eng-xxx dictionary read backwards (one-word headwords only). */
function backwards(dir, name, words) {
  const out = new Map();
  for (const [head, body] of readDictd(dir, name)) {
    const en = head.toLowerCase();
    if (en.includes(' ')) continue;
    for (const w of body.flatMap(words)) out.set(w, [...(out.get(w) ?? []), en]);
  }
  return out;
}

const latinWords = (line) =>
  lineTranslations(line)
    .filter((t) => !t.includes(' '))
    .map((t) => t.toLowerCase());

/** Ukrainian lemma → Russian lemmas from Apertium's compiled bilingual dictionary (lt-print's ATT listing). */
function ukrainianToRussian() {
  const att = execFileSync('lt-print', [APERTIUM_UK], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const out = new Map();
  // Each section is a transducer; each path from state 0 to a final state spells a Ukrainian lemma on its
  // input side and its Russian translation on its output side, each followed by tags (<n>, <m>, …).
  for (const section of att.split('\n--\n')) {
    const arcs = new Map();
    const finals = new Set();
    for (const line of section.split('\n')) {
      const f = line.split('\t');
      if (f.length >= 4) arcs.set(f[0], [...(arcs.get(f[0]) ?? []), [f[1], f[2], f[3]]]);
      else if (f[0]) finals.add(f[0]);
    }
    const lemma = (s) => s.replaceAll('ε', '').split('<')[0];
    const onPath = new Set(['0']);
    const walk = (state, uk, ru) => {
      if (finals.has(state)) {
        const [u, r] = [lemma(uk), lemma(ru)];
        if (u && r) out.set(u, [...new Set([...(out.get(u) ?? []), r])]);
        return;
      }
      if (onPath.size > 80) return;
      // Loops (any digit, any letter) belong to pattern entries, not to words: a path visits a state once.
      for (const [to, a, b] of arcs.get(state) ?? []) {
        if (onPath.has(to)) continue;
        onPath.add(to);
        walk(to, uk + a, ru + b);
        onPath.delete(to);
      }
    };
    walk('0', '', '');
  }
  return out;
}

/** The file for one language: header, stop words, then `stem<TAB>english english…` sorted by stem. */
export function renderBilingual(lang, map, stop, sources) {
  const rows = [...map].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return [
    `SLB1 ${lang}`,
    `# Derived by scripts/derive-bilingual.mjs from ${sources}; licences in THIRD_PARTY_NOTICES.md`,
    // A longer stop word the dictionary translates is read as its English word, and English's stop words apply
    // to it: stopwords-iso lists content words too ("сегодня", today), which English reads.
    `!stop ${[...new Set(stop.map(foldWord))]
      .filter((w) => w.length <= STOP_ALWAYS || !map.has(stemWord(w, lang)))
      .sort()
      .join(' ')}`,
    ...rows.map(([k, en]) => `${k}\t${en.slice(0, MAX_SENSES).join(' ')}`),
    '',
  ].join('\n');
}

/** Derives every language's lexicon from the dictionaries in `dir`; returns file name → text. */
export function deriveAll(dir, lexiconFile, only = LANGUAGES) {
  const ranks = englishRanks(lexiconFile);
  const stopwords = createRequire(import.meta.url)('stopwords-iso');
  // Each dictionary is read once, and only when a language asked for needs it.
  const read = new Map();
  const viaEnglish = (lang) => read.get(lang) ?? read.set(lang, fromDictd(dir, `freedict-${FROM[lang]}-eng`)).get(lang);
  const engRus = () =>
    read.get('eng-rus') ?? read.set('eng-rus', backwards(dir, 'freedict-eng-rus', cyrillicWords)).get('eng-rus');
  const files = {};
  for (const lang of only) {
    const t = table(lang, ranks);
    let sources;
    if (FROM[lang]) {
      for (const [w, en] of viaEnglish(lang)) t.add(w, en);
      sources = `FreeDict ${FROM[lang]}-eng`;
      if (BACKWARDS[lang]) {
        for (const [w, en] of backwards(dir, `freedict-${BACKWARDS[lang]}`, latinWords)) t.add(w, en);
        sources += ` and ${BACKWARDS[lang]} read backwards`;
      }
    } else if (lang === 'ru') {
      for (const [w, en] of russianThroughPolish(dir, viaEnglish('pl'))) t.add(w, en);
      sources = 'FreeDict pol-rus with pol-eng';
    } else {
      const ru = engRus();
      for (const [w, rus] of ukrainianToRussian())
        t.add(
          w,
          rus.flatMap((r) => ru.get(r) ?? []),
        );
      sources = "Apertium rus-ukr's Ukrainian-Russian dictionary with FreeDict eng-rus";
    }
    files[`bilingual-${lang}.txt`] = renderBilingual(lang, t.map, stopwords[lang] ?? [], sources);
  }
  return files;
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('derive-bilingual.mjs')) {
  const args = Object.fromEntries(
    process.argv
      .slice(2)
      .join(' ')
      .split('--')
      .filter(Boolean)
      .map((a) => a.trim().split(/\s+/u)),
  );
  const dir = args.dict ?? '/usr/share/dictd';
  const out = args.out ?? 'public/engine';
  const files = deriveAll(dir, 'public/engine/lexicon.bin', args.lang ? [args.lang] : LANGUAGES);
  for (const [name, text] of Object.entries(files)) {
    fs.writeFileSync(path.join(out, name), text);
    console.log(`${name}: ${text.split('\n').length - 4} stems, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`);
  }
}

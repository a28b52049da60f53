// What the engine's tests of other languages share: the committed bilingual word lists, an index of the embedded
// story that reads them, the real excerpts of ../shared/fixtures/reporting (tests skip when it is absent), and the
// pack passages a development sentence is linked to as the same claim.
import fs from 'node:fs';
import path from 'node:path';
import { alignText, buildIndex, decodeBilingual, type BilingualSet } from '@/utils/engine/index';
import { lexicon, pack, root } from './embedded';

const LANGUAGES = ['de', 'fr', 'es', 'it', 'pl', 'ru', 'uk'];

export const bilingualFile = (lang: string) => path.join(root, 'public', 'engine', `bilingual-${lang}.txt`);
export const bilingual: BilingualSet = new Map(
  LANGUAGES.map((l) => {
    const b = decodeBilingual(fs.readFileSync(bilingualFile(l), 'utf8'));
    return [b.lang, b];
  }),
);
export const languagesIndex = buildIndex([pack], { lexicon, bilingual });

export const reportingDir = path.join(root, '..', 'shared', 'fixtures', 'reporting');
export const hasReporting = fs.existsSync(reportingDir);
export const reportingExcerpt = (id: string) =>
  JSON.parse(fs.readFileSync(path.join(reportingDir, `${id}.json`), 'utf8')) as { text: string; language: string };

/** The first 200 characters of each passage the excerpt's sentence starting so is linked to as the same claim. */
export function sameClaimPassages(id: string, startsWith: string): string[] {
  const claim = alignText(languagesIndex, reportingExcerpt(id).text).claims.find((c) => c.text.startsWith(startsWith));
  if (!claim) throw new Error(`no claim starting "${startsWith}" in ${id}`);
  return claim.matches
    .filter((m) => m.relation === 'same')
    .map((m) => pack.articles.find((a) => a.id === m.articleId)!.text.slice(m.start, m.start + 200));
}

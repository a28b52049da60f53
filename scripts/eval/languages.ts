// The eval's lines per language (issue 17): story detection of the real reporting in each language, and the
// links from the annotated non-English excerpts into the English pack. Held-out scores print without errors.

import fs from 'node:fs';
import path from 'node:path';
import { alignText, detectStories, type EngineIndex } from '../../utils/engine/index';
import type { Gold } from './gold';
import { loadUnseen, scoreUnseen, REPORTING_DIR } from './unseen';

interface Fixture {
  name: string;
  text: string;
  group: string;
  language: string;
}

/** Detection per language: a line per language of the leak reporting (detected n/m) and of the near-misses
 *  (not detected n/m). Returns the names detected wrongly (a leak missed, a near-miss detected). */
export function detectionByLanguage(index: EngineIndex, fixtures: Fixture[]): string[] {
  const wrong: string[] = [];
  const languages = [...new Set(fixtures.map((f) => f.language))].sort();
  for (const lang of languages) {
    const parts: string[] = [];
    for (const [group, want] of [
      ['leak', true],
      ['near-miss', false],
    ] as const) {
      const docs = fixtures.filter((f) => f.language === lang && f.group === group);
      if (!docs.length) continue;
      const ok = docs.filter((d) => (detectStories(index, d.text)[0]?.detected ?? false) === want);
      wrong.push(...docs.filter((d) => !ok.includes(d)).map((d) => d.name));
      parts.push(`${group} ${ok.length}/${docs.length} ${want ? 'detected' : 'not detected'}`);
    }
    console.log(`  ${lang}  ${parts.join('   ')}`);
  }
  return wrong;
}

/** Link precision and recall from the annotated excerpts of one file, a line per language. */
export function linksByLanguage(index: EngineIndex, gold: Gold, file: string, root: string, label: string) {
  const texts = loadUnseen(file, root);
  const languageOf = (id: string) =>
    (JSON.parse(fs.readFileSync(path.join(root, REPORTING_DIR, `${id}.json`), 'utf8')) as { language: string })
      .language;
  const byLang = new Map<string, typeof texts>();
  for (const t of texts) byLang.set(languageOf(t.file), [...(byLang.get(languageOf(t.file)) ?? []), t]);
  for (const [lang, group] of [['all', texts] as const, ...[...byLang].sort()]) {
    const results = group.map((t) => alignText(index, t.text));
    const s = scoreUnseen(gold, group, results);
    const p = s.tp / Math.max(1, s.tp + s.fp);
    const r = s.found / Math.max(1, s.wanted);
    const detected = results.filter((x) => x.story?.detected).length;
    console.log(
      `  ${label} ${lang.padEnd(4)} precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  (${s.tp}/${s.tp + s.fp} links right, ${s.found}/${s.wanted} same units found; ${detected}/${group.length} detected)`,
    );
  }
}

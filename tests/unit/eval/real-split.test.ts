// The real reporting's development / held-out split is fixed by the rule in tests/gold/real-reporting-split.md:
// this recomputes it from the fixtures with the eval's own rule (scripts/eval/split.ts), so neither the table nor
// the annotation files can drift from the rule.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../engine/embedded';
import { hashSplit as split } from '../../../scripts/eval/split';

const dir = path.join(root, '..', 'shared', 'fixtures', 'reporting');
const present = fs.existsSync(dir);

describe.skipIf(!present)(`the real reporting split (needs ${dir})`, () => {
  const fixtures = present
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map(
          (f) =>
            JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { id: string; group: string; language: string },
        )
    : [];
  const english = split(fixtures.filter((f) => f.group === 'leak' && f.language === 'en').map((f) => f.id));
  const other = split(fixtures.filter((f) => f.group === 'leak' && f.language !== 'en').map((f) => f.id));
  const table = fs.readFileSync(path.join(root, 'tests', 'gold', 'real-reporting-split.md'), 'utf8');
  const texts = (file: string) =>
    Object.keys(
      (JSON.parse(fs.readFileSync(path.join(root, 'tests', 'gold', file), 'utf8')) as { texts: object }).texts,
    );

  it('matches the table written down before the engine ran', () => {
    for (const id of [...english.development, ...other.development])
      expect(table).toMatch(new RegExp(`${id} \\| development`));
    for (const id of [...english.heldOut, ...other.heldOut]) expect(table).toMatch(new RegExp(`${id} \\| held out`));
  });

  it('annotates exactly the English development and held-out texts, each in its own file', () => {
    expect(texts('real-dev.gold.json').sort()).toEqual([...english.development].sort());
    expect(texts('real-held-out.gold.json').sort()).toEqual([...english.heldOut].sort());
  });
});

const pagesDir = path.join(root, '..', 'shared', 'fixtures', 'real-pages');

describe.skipIf(!fs.existsSync(pagesDir))(`the real pages' furniture split (needs ${pagesDir})`, () => {
  const names = fs.existsSync(pagesDir)
    ? fs.readdirSync(pagesDir).filter((d) => fs.existsSync(path.join(pagesDir, d, 'expected.html')))
    : [];
  const { development: dev, heldOut } = split(names);
  const table = fs.readFileSync(path.join(root, 'tests', 'gold', 'real-pages-furniture.md'), 'utf8');
  const annotated = JSON.parse(
    fs.readFileSync(path.join(root, 'tests', 'gold', 'real-pages-furniture.json'), 'utf8'),
  ) as { pages: Record<string, unknown[]> };

  it('matches the table written down before the annotations were read, and annotates every page', () => {
    for (const name of dev) expect(table).toContain(`| ${name} | development |`);
    for (const name of heldOut) expect(table).toContain(`| ${name} | held out |`);
    expect(Object.keys(annotated.pages).sort()).toEqual([...names].sort());
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';
import draft04 from 'ajv/lib/refs/json-schema-draft-04.json';
import { describe, expect, it } from 'vitest';
import { parseHighlightsFile } from '@/utils/export/import-file';
import { CONTEXT, toAnnotation, toWebAnnotations } from '@/utils/export/web-annotation';
import type { Highlight } from '@/utils/highlights/types';

// Issue 20: the JSON-LD export against the W3C Web Annotation test suite's own MUST assertions (one draft-04 JSON
// schema per assertion, listed in annotationMusts.test and collectionMusts.test). The suite is read from
// ../shared, never copied in; see ../shared/fixtures/standards/README.md for its origin and licence.
const SUITE = '../shared/fixtures/standards/web-annotation-tests';
const present = existsSync(SUITE);
if (!present) console.warn(`W3C Web Annotation MUSTs skipped: ${SUITE} is absent`);

const highlights = JSON.parse(readFileSync('tests/fixtures/highlights/highlights.json', 'utf8')) as Highlight[];
const readJson = (path: string) => JSON.parse(readFileSync(`${SUITE}/${path}`, 'utf8'));

interface Assertion {
  file: string;
  schema: { id: string; title: string; expectedResult: 'valid' | 'invalid' };
}

/** The assertions a `.test` file lists, with a validator that knows every definition by its file name. */
function musts(testFile: string): { ajv: Ajv.Ajv; assertions: Assertion[] } {
  const ajv = new Ajv({ schemaId: 'id', meta: false, unknownFormats: 'ignore', logger: false });
  ajv.addMetaSchema(draft04);
  for (const name of readdirSync(`${SUITE}/definitions`).filter((n) => n.endsWith('.json'))) {
    ajv.addSchema(readJson(`definitions/${name}`), name);
  }
  const files: string[] = readJson(testFile).assertions;
  return { ajv, assertions: files.map((file) => ({ file, schema: readJson(file) })) };
}

/** The names of the assertions `data` fails: empty when it passes them all. */
function failures(testFile: string, data: unknown): { failed: string[]; total: number } {
  const { ajv, assertions } = musts(testFile);
  const failed = assertions
    .filter(({ schema }) => ajv.validate(schema, data) !== (schema.expectedResult === 'valid'))
    .map(({ file, schema }) => `${file}: ${schema.title}`);
  return { failed, total: assertions.length };
}

// A lone annotation carries the context it inherits inside the collection.
const standalone = (h: Highlight) => ({ '@context': CONTEXT, ...toAnnotation(h) });

describe.skipIf(!present)(`W3C Web Annotation MUST assertions (${SUITE})`, () => {
  const plain = highlights.find((h) => !h.comment && !h.tags.length && !h.links.length)!;
  const full = highlights.find((h) => h.comment && h.tags.length && h.links.length)!;

  it('the suite is there: 54 annotation MUSTs and 10 collection MUSTs', () => {
    expect(musts('annotations/annotationMusts.test').assertions).toHaveLength(54);
    expect(musts('collections/collectionMusts.test').assertions).toHaveLength(10);
  });

  it('a plain highlight (no comment, tags or links) passes every annotation MUST', () => {
    expect(failures('annotations/annotationMusts.test', standalone(plain)).failed).toEqual([]);
  });

  it('a highlight with a comment, tags and links passes every annotation MUST', () => {
    expect(failures('annotations/annotationMusts.test', standalone(full)).failed).toEqual([]);
  });

  it('the collection passes every collection MUST, and each annotation in it every annotation MUST', () => {
    const collection = JSON.parse(toWebAnnotations(highlights));
    expect(failures('collections/collectionMusts.test', collection).failed).toEqual([]);
    for (const item of collection.first.items) {
      const inContext = { '@context': collection['@context'], ...item };
      expect(failures('annotations/annotationMusts.test', inContext).failed).toEqual([]);
    }
  });

  it('a highlight imported from Hypothesis, exported again, passes every annotation MUST', () => {
    const imported = parseHighlightsFile(readFileSync('tests/fixtures/highlights/hypothesis-export.json', 'utf8'));
    if (!imported.ok) throw new Error(imported.error);
    for (const h of imported.highlights) {
      expect(failures('annotations/annotationMusts.test', standalone(h)).failed).toEqual([]);
    }
  });

  it('the harness can fail: a body of no known kind, an empty body list and a missing id are named', () => {
    const broken = { ...standalone(full), body: [{ type: 'TextualBody' }] };
    expect(failures('annotations/annotationMusts.test', broken).failed).toEqual([
      expect.stringMatching(/^annotations\/3\.2-bodyObjectsRecognized\.json: /),
    ]);
    // What the export wrote before issue 20: a plain highlight failed 15 of the 54.
    const empty = { ...standalone(plain), body: [] };
    expect(failures('annotations/annotationMusts.test', empty).failed).toHaveLength(15);
    const { id: _, ...noId } = JSON.parse(toWebAnnotations(highlights));
    expect(failures('collections/collectionMusts.test', noId).failed).toEqual([
      expect.stringMatching(/^collections\/5\.1-collectionIdValidated\.json: /),
    ]);
  });
});

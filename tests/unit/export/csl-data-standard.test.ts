import { existsSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { toCslJson } from '@/utils/export/citations';
import type { Highlight } from '@/utils/highlights/types';

// The CSL-JSON export against the Citation Style Language's own schema for input data (draft-07), read from
// ../shared (see ../shared/fixtures/standards/README.md), never copied in.
const SCHEMA = '../shared/fixtures/standards/csl-schema/csl-data.json';
const present = existsSync(SCHEMA);
if (!present) console.warn(`CSL-JSON schema check skipped: ${SCHEMA} is absent`);

const highlights = JSON.parse(readFileSync('tests/fixtures/highlights/highlights.json', 'utf8')) as Highlight[];

describe.skipIf(!present)(`CSL-JSON against CSL's csl-data.json (${SCHEMA})`, () => {
  const validate = () => new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));

  it('the export, with notes, keywords and language, is valid CSL input data', () => {
    const check = validate();
    const items = JSON.parse(toCslJson(highlights));
    expect(
      items.some((i: { note?: string; keyword?: string; language?: string }) => i.note && i.keyword && i.language),
    ).toBe(true);
    expect(check(items) || check.errors).toBe(true);
  });

  it('the check can fail: a keyword list is not a CSL keyword', () => {
    const check = validate();
    const items = JSON.parse(toCslJson(highlights));
    items[0].keyword = ['a', 'b'];
    expect(check(items)).toBe(false);
    expect(check.errors?.[0]?.dataPath).toBe('[0].keyword');
  });
});

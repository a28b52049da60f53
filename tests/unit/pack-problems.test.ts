import { describe, expect, it } from 'vitest';
import { problemWords } from '@/utils/browser/problem-words';
import { checkStoryPack, checkStoryPackJson, parseStoryPack, parseStoryPackJson } from '@/utils/pack/parse';
import { PROBLEM_ENGLISH, problemEnglish, type Problem } from '@/utils/pack/problems';
import { MAX_PACK_ARTICLES, MAX_PACK_CHARS } from '@/utils/limits';
import { checkDetailsProblem } from '@/utils/stories/correct';
import { article, pack } from './stories/helpers';

// A bad story pack or corrected detail is named as data (a code, the field, the values), so the extension's pages
// say it in the reader's language while the CLI keeps its English. Every problem a pack can have gets a code, and
// the code's English, from the catalogue (the pages) or the pure table (the CLI), is what was said before.

type Pack = ReturnType<typeof pack>;
const bad = (change: (p: Pack) => void): unknown => {
  const p = structuredClone(pack('s', 2)) as Pack;
  change(p);
  return p;
};
const top = (p: Pack) => p as unknown as Record<string, unknown>;
const a0 = (p: Pack) => p.articles[0] as unknown as Record<string, unknown>;

const packs: [string, unknown, string][] = [
  ['empty', bad((p) => (a0(p).outlet = '  ')), 'articles[0].outlet: outlet must not be empty'],
  ['tooLong', bad((p) => (a0(p).text = 'x'.repeat(500_001))), 'articles[0].text: longer than 500,000 characters'],
  ['tooMany', bad((p) => (p.articles = Array.from({ length: MAX_PACK_ARTICLES + 1 }, (_, i) => article(i)))), ''],
  ['url', bad((p) => (a0(p).url = 'ftp://x.example/a')), 'articles[0].url: must be an http(s) address'],
  ['date', bad((p) => (a0(p).date = '26/11/2025')), 'articles[0].date: must be a date as YYYY, YYYY-MM or YYYY-MM-DD'],
  ['language', bad((p) => (a0(p).language = 'English')), 'articles[0].language: must be a BCP 47 language tag'],
  ['id', bad((p) => (p.story.id = 'a b')), 'story.id: must be 1–128 letters, digits, dots, dashes or underscores'],
  ['format', bad((p) => (top(p).format = 'zip')), 'format: must be "sidelight-story-pack"'],
  ['version', bad((p) => (top(p).version = 2)), 'version: must be 1'],
  ['noArticles', bad((p) => (p.articles = [])), 'articles: must hold at least one article'],
  ['duplicateIds', bad((p) => (a0(p).id = 'outlet-2')), 'articles: article ids must be unique'],
  [
    'missing',
    bad((p) => delete a0(p).outlet),
    'articles[0].outlet: Invalid key: Expected "outlet" but received undefined',
  ],
  [
    'unknown',
    bad((p) => (a0(p).colour = 'red')),
    'articles[0].colour: Invalid key: Expected never but received "colour"',
  ],
  ['type', bad((p) => (a0(p).url = 5)), 'articles[0].url: Invalid type: Expected string but received 5'],
];

describe('a story pack’s problems', () => {
  it.each(packs)('%s: a code, and the same English as before', (code, input, english) => {
    const checked = checkStoryPack(input);
    expect(checked.ok || checked.problem.code).toBe(code);
    const parsed = parseStoryPack(input);
    if (english) expect(parsed).toEqual({ ok: false, field: english.split(': ')[0], error: english });
    if (!checked.ok) expect(problemWords(checked.problem)).toBe(problemEnglish(checked.problem));
  });

  it('codes the file’s own problems: too long, not JSON', () => {
    const notJson = checkStoryPackJson('{"format": ');
    expect(notJson).toEqual({ ok: false, problem: { code: 'jsonAt', field: '(json)', values: [1, 12] } });
    expect(parseStoryPackJson('{"format": ')).toMatchObject({ error: '(json): not valid JSON at line 1, column 12' });
    expect(checkStoryPackJson('xyz')).toMatchObject({ ok: false, problem: { code: 'json', field: '(json)' } });
    expect(parseStoryPackJson('xyz')).toMatchObject({ error: expect.stringMatching(/^\(json\): not valid JSON: /) });
    const huge = checkStoryPackJson(' '.repeat(MAX_PACK_CHARS + 1));
    expect(huge).toEqual({ ok: false, problem: { code: 'tooLong', field: '(file)', values: [MAX_PACK_CHARS] } });
  });

  it('codes a corrected detail’s problems', () => {
    const details = { title: '', outlet: 'O', author: '', date: '', language: 'en' };
    expect(checkDetailsProblem({ ...details, outlet: ' ' })).toMatchObject({ problem: { code: 'required' } });
    expect(checkDetailsProblem({ ...details, date: 'soon' })).toMatchObject({
      problem: { code: 'date', field: 'date' },
    });
    expect(checkDetailsProblem({ ...details, author: 'x'.repeat(301) })).toMatchObject({
      problem: { code: 'tooLong', values: [300] },
    });
  });

  it('reads the same in the English catalogue as in the CLI’s words, for every code', () => {
    const values: Record<string, (string | number)[]> = { tooLong: [300], type: ['string', '5'] };
    for (const code of Object.keys(PROBLEM_ENGLISH) as (keyof typeof PROBLEM_ENGLISH)[]) {
      const problem: Problem = { code, field: 'articles[2].date', values: values[code] ?? ['x', 'y'] };
      expect(problemWords(problem), code).toBe(problemEnglish(problem));
    }
    const other: Problem = { code: 'other', field: 'story', message: 'something else' };
    expect(problemWords(other)).toBe('story: something else');
  });
});

import { describe, expect, it } from 'vitest';
import { jsonErrorPlace } from '@/utils/pack/json-place';
import { jsonProblem, problemEnglish } from '@/utils/pack/problems';

// Where a file stops being JSON, as line and column: the parser's own message is English in every browser.

const refusal = (text: string) => {
  try {
    JSON.parse(text);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`${text} is JSON`);
};

describe('the place JSON.parse stopped', () => {
  it('reads V8’s position as a line and column', () => {
    const text = '{\n  "format": "sidelight-story-pack",\n  "version": 1\n  "story": {}\n}';
    expect(jsonErrorPlace(text, refusal(text))).toEqual({ line: 4, column: 3 });
    expect(jsonErrorPlace('{"a": 1', refusal('{"a": 1'))).toEqual({ line: 1, column: 8 });
  });

  it('reads Chromium’s message with its own line and column alike', () => {
    const message = "Expected ',' or '}' after property value in JSON at position 9 (line 1 column 10)";
    expect(jsonErrorPlace('{"a": 1 "b": 2}', message)).toEqual({ line: 1, column: 10 });
  });

  it('reads Firefox’s line and column', () => {
    const message =
      "JSON.parse: expected ',' or '}' after property value in object at line 3 column 7 of the JSON data";
    expect(jsonErrorPlace('…', message)).toEqual({ line: 3, column: 7 });
  });

  it('puts a file that ends too soon at its end', () => {
    expect(jsonErrorPlace('{"a": [1,\n', refusal('{"a": [1,\n'))).toEqual({ line: 2, column: 1 });
    expect(jsonErrorPlace('', refusal(''))).toEqual({ line: 1, column: 1 });
  });

  it('names no place where the parser names none', () => {
    expect(jsonErrorPlace('xyz', refusal('xyz'))).toBeNull();
  });
});

describe('the problem of text that is not JSON', () => {
  it('says the place, or the parser’s words where it has no place', () => {
    const at = jsonProblem('json', '(json)', '{"a": 1', new SyntaxError(refusal('{"a": 1')));
    expect(at).toEqual({ code: 'jsonAt', field: '(json)', values: [1, 8] });
    expect(problemEnglish(at)).toBe('(json): not valid JSON at line 1, column 8');
    const nowhere = jsonProblem('notJson', '(file)', 'xyz', new SyntaxError(refusal('xyz')));
    expect(nowhere).toEqual({ code: 'notJson', field: '(file)', values: [refusal('xyz')] });
    expect(problemEnglish(nowhere)).toBe(`Not JSON: ${refusal('xyz')}`);
  });
});

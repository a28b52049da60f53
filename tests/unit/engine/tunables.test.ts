import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as TUNABLES from '@/utils/engine/tunables';

const engineDir = path.resolve(__dirname, '../../../utils/engine');
// Sizes of a data structure, not choices that change what the engine says.
const NOT_TUNED = new Set(['cosines.ts:START_CAPACITY', 'cosines.ts:MAX_ROWS', 'cosines.ts:KEPT_CAPACITY']);

describe('the engine’s tunables', () => {
  it('live in tunables.ts: no other engine module declares a numeric constant of its own', () => {
    const strays: string[] = [];
    for (const file of fs.readdirSync(engineDir).filter((f) => f.endsWith('.ts') && f !== 'tunables.ts')) {
      const source = fs.readFileSync(path.join(engineDir, file), 'utf8');
      for (const m of source.matchAll(/^(?:export )?const ([A-Z][A-Z_\d]*) = (?:[\d.]|\{\s*\w+: [\d.])/gmu)) {
        if (!NOT_TUNED.has(`${file}:${m[1]}`)) strays.push(`${file}:${m[1]}`);
      }
    }
    expect(strays).toEqual([]);
  });

  it('are all numbers, so the eval can print them as they are', () => {
    const numbers = (v: unknown): boolean =>
      typeof v === 'number'
        ? Number.isFinite(v)
        : typeof v === 'object' && v !== null && Object.values(v).every(numbers);
    for (const [name, value] of Object.entries(TUNABLES)) expect(numbers(value), name).toBe(true);
  });
});

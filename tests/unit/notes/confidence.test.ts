import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECISION } from '@/utils/engine';
import { parseWebAnnotations } from '@/utils/export/import-annotations';
import { toWebAnnotations } from '@/utils/export/web-annotation';
import type { Highlight } from '@/utils/highlights/types';
import { isProbable } from '@/utils/notes/confidence';

const highlights = JSON.parse(readFileSync('tests/fixtures/highlights/highlights.json', 'utf8')) as Highlight[];

describe('how sure a link is', () => {
  it('is "probably" the same claim under DECISION.sure, and surely at or above it', () => {
    expect(DECISION.same).toBeLessThan(DECISION.sure);
    expect(isProbable({ relation: 'same', probability: DECISION.same })).toBe(true);
    expect(isProbable({ relation: 'same', probability: DECISION.sure - 0.001 })).toBe(true);
    expect(isProbable({ relation: 'same', probability: DECISION.sure })).toBe(false);
    expect(isProbable({ relation: 'differs', probability: 0.3 })).toBe(true);
  });

  it('says nothing of a copy, or of a link saved before links carried a probability', () => {
    expect(isProbable({ relation: 'copy', probability: 0.1 })).toBe(false);
    expect(isProbable({ relation: 'same' })).toBe(false);
  });

  it('travels with a saved link through the JSON-LD export, and a probability out of range is refused by name', () => {
    const saved = highlights.find((h) => h.links.length)!;
    expect(saved.links[0]!.probability).toBe(0.62);
    const json = JSON.parse(toWebAnnotations([saved]));
    expect(json.first.items[0].body.find((b: { purpose: string }) => b.purpose === 'linking')).toMatchObject({
      'sidelight:probability': 0.62,
    });
    expect(parseWebAnnotations(JSON.stringify(json))).toEqual({ ok: true, highlights: [saved] });
    json.first.items[0].body.find((b: { purpose: string }) => b.purpose === 'linking')['sidelight:probability'] = 1.5;
    const refused = parseWebAnnotations(JSON.stringify(json));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toMatch(/links\[0\]\.probability: .*1\.5/);
  });
});

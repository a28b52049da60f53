import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { alignText } from '@/utils/engine/index';
import { reportingFixtures } from '../../../scripts/eval/corpora';
import { index, pack, root } from './embedded';

// A difference is shown only where the other passage reports the same claim: against a passage that only
// touches on it, it would compare two different statements (issue 20, item 9). The detectors are replaced by one
// that always finds a difference, so the test reads which matches the engine asks for differences at all.
vi.mock('@/utils/engine/differences', () => ({
  findDifferences: () => [{ kind: 'quote', here: 'here', there: 'there' }],
}));

const reportingDir = path.join(root, '..', 'shared', 'fixtures', 'reporting');

describe.skipIf(!fs.existsSync(reportingDir))(`differences and relations (needs ${reportingDir})`, () => {
  it('a related passage carries no difference; one reporting the same claim carries its differences', () => {
    const texts = [...pack.articles.map((a) => a.text), ...reportingFixtures(reportingDir).map((d) => d.text)];
    const matches = texts.flatMap((t) => alignText(index, t).claims.flatMap((c) => c.matches));
    const related = matches.filter((m) => m.relation === 'related');
    const same = matches.filter((m) => m.relation === 'same');
    expect(related.length).toBeGreaterThan(0);
    expect(same.length).toBeGreaterThan(0);
    expect(related.filter((m) => m.differences.length)).toEqual([]);
    expect(same.filter((m) => !m.differences.length)).toEqual([]);
  });
});

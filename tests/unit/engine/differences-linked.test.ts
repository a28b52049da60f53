import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { alignText } from '@/utils/engine/index';
import { reportingFixtures } from '../../../scripts/eval/corpora';
import { index, pack, root } from './embedded';

// The notes show a passage only where it reports the same claim (a "related" passage, right a third of the time,
// is no longer shown), and a difference is asked for under every passage shown. The detectors are replaced by
// one that always finds a difference, so the test reads which matches the engine asks for differences at all.
vi.mock('@/utils/engine/differences', () => ({
  findDifferences: () => [{ kind: 'quote', here: 'here', there: 'there' }],
}));

const reportingDir = path.join(root, '..', 'shared', 'fixtures', 'reporting');

describe.skipIf(!fs.existsSync(reportingDir))(`differences and relations (needs ${reportingDir})`, () => {
  it('shows only passages that report the same claim (or copy the article), each with its differences', () => {
    const texts = [...pack.articles.map((a) => a.text), ...reportingFixtures(reportingDir).map((d) => d.text)];
    const matches = texts.flatMap((t) => alignText(index, t).claims.flatMap((c) => c.matches));
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.filter((m) => m.relation !== 'same' && m.relation !== 'copy')).toEqual([]);
    expect(matches.filter((m) => !m.differences.length)).toEqual([]);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignText } from '@/utils/engine/index';
import { reportingFixtures } from '../../../scripts/eval/corpora';
import { index, pack, root } from './embedded';

// The differences the notes show, on the embedded story's own articles (the seeds) and on the real reporting
// fixtures: each one a reader would agree with (issue 20, item 9: "wrong differences are worse than none").
// That they are shown only between passages reporting the same claim: differences-linked.test.ts.

const reportingDir = path.join(root, '..', 'shared', 'fixtures', 'reporting');

/** Every difference the seeds' notes may show, read and agreed with one by one. A new one fails this test
 *  until a person has read it in context and added it here. */
const AGREED = new Set(
  [
    ['title', 'US President Donald Trump', 'former President Donald Trump'],
    ['title', 'Trump aide Steve Witkoff', 'Trump envoy Steve Witkoff'],
    ['hedging', 'appeared to confirm', 'did not deny'],
    ['hedging', '', 'reportedly'],
    ['hedging', 'seems to be', ''],
    ['quote', 'forgeries', 'fake'],
    [
      'quote',
      "It's very difficult to speculate. It could be 100 million different things, including someone on the Russian side trying to damage Witkoff's reputation",
      "could be 100m different things, including somebody on the Russian side trying to hurt Witkoff's reputation",
    ],
    [
      'quote',
      'There are various ways to intercept calls, including traditional electronic intelligence methods, cyberattacks and access to devices, so theoretically anything is possible, but I strongly suspect that this happened on the US side, and if so, there are two organizations that are capable of doing it - the CIA and the NSA',
      "My strong suspicion is that this came from the US side, and if that's the case, you have two entities who are capable of doing this, the CIA and the NSA",
    ],
  ].flatMap(([kind, a, b]) => [`${kind}|${a}|${b}`, `${kind}|${b}|${a}`]),
);

const shown = (text: string, url?: string) =>
  alignText(index, text, { url }).claims.flatMap((c) => c.matches.map((m) => ({ claim: c.text, match: m })));

describe('differences shown on the seeds', () => {
  const all = pack.articles.flatMap((a) => shown(a.text, a.url ?? undefined));
  const diffs = all.flatMap(({ match }) => match.differences.map((d) => `${d.kind}|${d.here}|${d.there}`));

  it('are each one a reader agrees with', () => {
    expect(diffs.filter((d) => !AGREED.has(d))).toEqual([]);
  });

  it('include the ones the story is known for', () => {
    expect(diffs).toContain('hedging|appeared to confirm|did not deny');
    expect(diffs).toContain('title|US President Donald Trump|former President Donald Trump');
    expect(diffs.some((d) => d.startsWith('quote|') && d.includes('100 million') && d.includes('100m'))).toBe(true);
  });
});

describe.skipIf(!fs.existsSync(reportingDir))(`differences on the reporting fixtures (needs ${reportingDir})`, () => {
  const english = reportingFixtures(reportingDir).filter((d) => d.group === 'leak' && d.language === 'en');
  const all = english.flatMap((d) => shown(d.text));

  it('never call "hasn’t denied" / "did not deny" a difference, and name "did not confirm" the opposite', () => {
    const diffs = all.flatMap(({ match }) => match.differences);
    expect(diffs.filter((d) => /\bdenied\b/u.test(d.here) && /did not deny/u.test(d.there))).toEqual([]);
    expect(diffs).toContainEqual({ kind: 'stance', here: 'did not confirm', there: 'appeared to confirm' });
  });
});

import { describe, expect, it } from 'vitest';
import { sharedWordSegments } from '@/utils/notes/shared-words';

const marked = (passage: string, claim: string) =>
  sharedWordSegments(passage, claim)
    .filter((s) => s.shared)
    .map((s) => s.text);

describe('shared words', () => {
  it('marks the words a passage shares with the claim, by stem', () => {
    const segments = sharedWordSegments('Witkoff leaked the calls to Ushakov.', 'The call was leaking, Witkoff said');
    expect(segments.filter((s) => s.shared).map((s) => s.text)).toEqual(['Witkoff', 'leaked', 'calls']);
    expect(segments.map((s) => s.text).join('')).toBe('Witkoff leaked the calls to Ushakov.');
  });

  it('never marks function words, which the engine does not count as evidence', () => {
    expect(
      marked(
        'Witkoff advised the Kremlin on how to gain influence with the Trump administration.',
        'He told them how best to appease the US leader, said Trump’s envoy.',
      ),
    ).toEqual(['Trump']);
  });

  it('reads words as the engine does: possessives, countries, number shorthands, other scripts', () => {
    expect(marked('Trump’s envoy', 'Trump')).toEqual(['Trump’s']);
    expect(marked('a U.S. official', 'a US aide')).toEqual(['U.S.']);
    expect(marked('it could be 100m things', 'it could be 100 million things')).toEqual(['100m', 'things']);
    expect(sharedWordSegments('Ушаков сказал', 'Ушаков')[0]).toEqual({ text: 'Ушаков', shared: true });
  });

  it('returns the text unchanged when nothing is shared', () => {
    expect(sharedWordSegments('<img src=x onerror=alert(1)>', 'nothing')).toEqual([
      { text: '<img src=x onerror=alert(1)>', shared: false },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { claimTokens, makeBag } from '@/utils/engine/bag';
import { buildIndex, indexStats } from '@/utils/engine/build';
import { candidates } from '@/utils/engine/retrieve';
import { LINK } from '@/utils/engine/tunables';
import { article, pack } from '../stories/helpers';

describe('candidates', () => {
  it('takes only a few from one article, so one article of near-repeats cannot crowd out another', () => {
    const repeats = Array.from(
      { length: 20 },
      (_, i) => `The comet brightened over the observatory in the valley on night ${i + 1}.`,
    ).join(' ');
    const story = {
      ...pack('comet', 0),
      articles: [
        article(1, { text: repeats }),
        article(2, { text: 'Astronomers said the comet brightened, surprising many.' }),
      ],
    };
    const index = buildIndex([story]);
    const claim = 'The comet brightened over the observatory in the valley.';
    const ids = candidates(index, makeBag(claimTokens(claim, 0, claim.length).tokens, indexStats(index)), () => true);
    const fromRepeats = ids.filter((id) => index.passages[id]!.article === 0);
    expect(fromRepeats).toHaveLength(LINK.candidatesPerArticle);
    expect(ids.map((id) => index.passages[id]!.text)).toContain(
      'Astronomers said the comet brightened, surprising many.',
    );
  });
});

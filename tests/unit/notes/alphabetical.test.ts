import { describe, expect, it } from 'vitest';
import { alphabetical } from '@/utils/notes/labels';

// The outlets' order on every note: alphabetical, case and accents aside, as a reader scanning the rail expects.

describe('the outlets’ order', () => {
  it('is alphabetical whatever the case', () => {
    expect(['UNIAN', 'insider', 'Capital Post', 'ABC'].sort(alphabetical)).toEqual([
      'ABC',
      'Capital Post',
      'insider',
      'UNIAN',
    ]);
  });

  it('reads an accented letter as its letter', () => {
    expect(['Zeit', 'Élysée Daily', 'Echo', 'Süddeutsche', 'Spiegel'].sort(alphabetical)).toEqual([
      'Echo',
      'Élysée Daily',
      'Spiegel',
      'Süddeutsche',
      'Zeit',
    ]);
  });

  it('agrees with the browser’s collation on plain names', () => {
    const names = ['Reuters', 'bbc', 'Bloomberg', 'AP', 'Kyiv Independent', 'kommersant', 'Meduza'];
    expect([...names].sort(alphabetical)).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });
});

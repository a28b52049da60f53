import { describe, expect, it } from 'vitest';
import { articleByline } from '@/utils/stories/byline';

describe('an article’s byline on the stories page and the coverage view', () => {
  it('names the language recorded, and leaves out one undetermined', () => {
    expect(articleByline({ author: 'Ingrid Solberg', date: '2025-11-26', language: 'uk' })).toBe(
      'by Ingrid Solberg · 2025-11-26 · uk',
    );
    expect(articleByline({ date: '2025-11', language: 'und' })).toBe('2025-11');
  });
});

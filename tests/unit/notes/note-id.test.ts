import { describe, expect, it } from 'vitest';
import { claimIndex, noteId } from '@/utils/notes/note-id';

describe('note ids', () => {
  it('name a claim by its index and give it back', () => {
    expect(noteId(0)).toBe('c0');
    expect(noteId(12)).toBe('c12');
    for (const i of [0, 1, 9, 10, 123]) expect(claimIndex(noteId(i))).toBe(i);
  });
});

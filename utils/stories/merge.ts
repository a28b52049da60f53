import type { StoryPack } from '../pack/schema';
import { copyStory } from './edit';

// Importing a pack whose story id is already taken is never silent: the person chooses to replace their own
// story, or keep both (the import gets a new id); a read-only (embedded) story can never be replaced.

export type OnConflict = 'ask' | 'replace' | 'copy';

export type ImportPlan =
  | { kind: 'write'; pack: StoryPack; replaces: boolean }
  | { kind: 'conflict'; id: string; title: string; readOnly: boolean }
  | { kind: 'refused'; error: string };

/** What importing `pack` does, given the stories there are (`readOnlyIds` ⊆ `takenIds`). */
export function planImport(
  pack: StoryPack,
  takenIds: ReadonlySet<string>,
  readOnlyIds: ReadonlySet<string>,
  onConflict: OnConflict,
): ImportPlan {
  const id = pack.story.id;
  if (!takenIds.has(id)) return { kind: 'write', pack, replaces: false };
  const readOnly = readOnlyIds.has(id);
  if (onConflict === 'ask') return { kind: 'conflict', id, title: pack.story.title, readOnly };
  if (onConflict === 'copy') return { kind: 'write', pack: copyStory(pack, takenIds), replaces: false };
  if (readOnly) return { kind: 'refused', error: `story.id: "${id}" is a built-in story and cannot be replaced` };
  return { kind: 'write', pack, replaces: true };
}

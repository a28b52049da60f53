// A side note's id names its claim by index in the aligned result ("c0", "c1", …): the notes UI, the saving and
// the painting pass ids around, and each needs the claim back. Ids are built and read here only.

const PREFIX = 'c';

/** The id of the note on claim `index`. */
export const noteId = (index: number): string => `${PREFIX}${index}`;

/** The index of the claim a note id names (see noteId). */
export const claimIndex = (id: string): number => Number(id.slice(PREFIX.length));

// Story and article ids: readable slugs (they appear in file names and coverage links) that never collide
// with an id already taken, and always satisfy the pack format's id rule (1–128 letters, digits, . _ -).

/** A slug of `text`: lower-case ASCII letters and digits joined by dashes, at most `max` characters. */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents off: "Zürich" → "zurich"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return slug;
}

/** `base` (slugified; `fallback` when nothing of it is left), suffixed -2, -3… until no id in `taken` has it. */
export function uniqueId(base: string, taken: Iterable<string>, fallback = 'story'): string {
  const used = new Set(taken);
  const stem = slugify(base) || fallback;
  if (!used.has(stem)) return stem;
  for (let n = 2; ; n++) {
    const id = `${stem}-${n}`;
    if (!used.has(id)) return id;
  }
}

import { expect, test } from './fixtures';
import { noteLabels, waitForNotes } from './notes-helpers';

test('a seed article shows side notes linking its claims to the other seeds', async ({ newsroom, visit }) => {
  const seed = newsroom.pages.find((p) => p.kind === 'seed')!;
  const page = await visit(seed.path);
  expect(await waitForNotes(page)).toBeGreaterThan(5);
  const labels = await noteLabels(page);
  console.log(labels.slice(0, 12).join('\n'));
  expect(labels.some((l) => /Capital Post/.test(l) && /Insider/.test(l))).toBe(true);
});

// The readable (non-JSON) report of one alignment: each claim with its matches and their differences.

import type { AlignResult } from '../../utils/engine/index';
import { isProbable } from '../../utils/notes/confidence';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Renders an alignment as plain text for a researcher's terminal. */
export function renderReport(file: string, result: AlignResult): string {
  const lines = [`# ${file}`];
  if (!result.story) return [...lines, 'No story in the pack.', ''].join('\n');
  const s = result.story;
  lines.push(`Story: ${s.title} (${s.id}) score ${s.score} — ${s.detected ? 'detected' : 'not detected'}`);
  if (!s.detected) return [...lines, ''].join('\n');
  let linked = 0;
  for (const c of result.claims) {
    if (c.kind === 'heading') continue;
    lines.push('', `[${c.start}–${c.end}] ${clip(c.text, 160)}`);
    if (c.matches.length) linked++;
    else lines.push('    (no other article reports this)');
    for (const m of c.matches) {
      // As the notes say it: "probably" where the decision is less sure (utils/notes/confidence.ts).
      const relation = isProbable(m) ? `probably ${m.relation}` : m.relation;
      lines.push(`    → ${m.outlet} [${relation} p=${m.probability} score=${m.score}] ${clip(m.text, 140)}`);
      for (const d of m.differences) lines.push(`        ≠ ${d.kind}: “${d.here}” / “${d.there}”`);
    }
  }
  const total = result.claims.filter((c) => c.kind !== 'heading').length;
  lines.push('', `${linked} of ${total} claims reported elsewhere.`, '');
  return lines.join('\n');
}

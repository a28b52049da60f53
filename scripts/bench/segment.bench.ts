// The sentence splitter on one long line (a table of medians, not a timed test): 10,000 to 500,000 characters
// (the align-page message's cap) of "U.S. " repeated, the shape that made it quadratic, and of ordinary prose
// (the embedded pack's articles on one line). The ratio to the 10,000-character time should follow the length
// ratio (1, 2, 5, 10, 20, 50): linear growth. tests/unit/engine/segment-long.test.ts guards the same shapes.

import { segment } from '../../utils/engine/segment';
import { loadEmbeddedPack } from '../cli/resources';
import { fmt, time } from './timing';

const LENGTHS = [10_000, 20_000, 50_000, 100_000, 200_000, 500_000];
// At least this many runs per length, more for short lines (a 10,000-character line takes about a millisecond,
// where one timer tick or a collection is noise): about 2,000,000 characters segmented per median.
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const runsFor = (n: number) => Math.max(RUNS, Math.round(2_000_000 / n));

const prose = loadEmbeddedPack()
  .articles.map((a) => a.text.replace(/\s+/gu, ' '))
  .join(' ');

/** `unit` repeated to exactly `n` characters, on one line. */
const line = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const shapes: Record<string, string> = { '"U.S. " repeated': 'U.S. ', 'ordinary prose': `${prose} ` };
// Warm-up, so the first length is not timed while the splitter's code is still being compiled.
for (const unit of Object.values(shapes)) for (let i = 0; i < 20; i++) segment(line(unit, 50_000));
console.log(
  `The sentence splitter on one line, median of 200 (10,000 characters) to ${RUNS} runs, Node ${process.version}\n`,
);
const names = Object.keys(shapes);
console.log(`| line (characters) | ${names.map((s) => `${s}: ms | ÷ 10k`).join(' | ')} |`);
console.log(`|---:|${names.map(() => '---:|---:|').join('')}`);
const first: Record<string, number> = {};
for (const n of LENGTHS) {
  const cells = Object.entries(shapes).map(([name, unit]) => {
    const text = line(unit, n);
    const ms = time(() => segment(text), runsFor(n));
    first[name] ??= ms;
    return `${fmt(ms)} | ${(ms / first[name]!).toFixed(1)}×`;
  });
  console.log(`| ${n.toLocaleString('en')} | ${cells.join(' | ')} |`);
}

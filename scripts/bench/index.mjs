#!/usr/bin/env node
// `npm run bench`: runs every benchmark in scripts/bench/ named *.bench.mjs, *.bench.js or *.bench.ts, one
// after another, each in its own Node process (TypeScript through tsx). Each prints its own tables.
// To add a benchmark, drop a file named like that here; `npm run bench -- engine` runs only files whose name
// contains "engine".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const files = fs
  .readdirSync(dir)
  .filter((f) => /\.bench\.(mjs|js|ts)$/.test(f) && f.includes(filter))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f}`);
  const args = f.endsWith('.ts') ? ['--import', 'tsx', path.join(dir, f)] : [path.join(dir, f)];
  const r = spawnSync(process.execPath, ['--expose-gc', ...args], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;

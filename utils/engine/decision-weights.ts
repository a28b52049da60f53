// Written by scripts/train/decision.ts (`npm run train -- --write`): do not edit by hand.
import type { DecisionModel } from './decision';

/** The probability that a pair reports the same claim. */
export const SAME_WEIGHTS: DecisionModel = {
  mean: [
    0.1785, 0.1894, 0.1699, 0.11, 0.1341, 0.2031, 0.3059, 0.1048, 0.0762, 0.0044, 0.0971, 0.1084, 2.5122, 0.0708,
    0.0052,
  ],
  scale: [
    0.1225, 0.1393, 0.1398, 0.1191, 0.1039, 0.4023, 0.4608, 0.3063, 0.2653, 0.0664, 0.2961, 0.3109, 0.4593, 0.1379,
    0.0722,
  ],
  coefficients: [
    0.2308, 0.2565, 0.0864, 0.1438, 0.3522, 0.3082, 0.2992, 0.1389, 0.443, 0.127, 0.1939, -0.1549, 0.3324, 0.0409,
    -0.4403,
  ],
  intercept: -3.034,
};

/** The probability that a pair is the same claim or overlaps it in part (worth showing as related). */
export const RELATED_WEIGHTS: DecisionModel = {
  mean: [
    0.1873, 0.1972, 0.1794, 0.1145, 0.1419, 0.221, 0.3196, 0.1054, 0.082, 0.0049, 0.1179, 0.1137, 2.5218, 0.0823,
    0.0049,
  ],
  scale: [
    0.1301, 0.1446, 0.1486, 0.1217, 0.1116, 0.4149, 0.4663, 0.3071, 0.2743, 0.0699, 0.3225, 0.3175, 0.4622, 0.1512,
    0.0699,
  ],
  coefficients: [
    0.2164, 0.1517, -0.0108, 0.1805, 0.3289, 0.2783, 0.1906, 0.0497, 0.4415, 0.1069, 0.213, -0.1594, 0.3014, 0.3095,
    -0.4176,
  ],
  intercept: -2.2493,
};

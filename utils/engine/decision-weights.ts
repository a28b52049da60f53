// Written by scripts/train/decision.ts (`npm run train -- --write`): do not edit by hand.
import type { DecisionModel } from './decision';

/** The probability that a pair reports the same claim. */
export const SAME_WEIGHTS: DecisionModel = {
  mean: [
    0.1785, 0.1894, 0.1699, 0.11, 0.1341, 0.2031, 0.3059, 0.1048, 0.0762, 0.0044, 0.0971, 0.1084, 2.5122, 0.0708,
    0.0052, 0.6023, 0.6278,
  ],
  scale: [
    0.1225, 0.1393, 0.1398, 0.1191, 0.1039, 0.4023, 0.4608, 0.3063, 0.2653, 0.0664, 0.2961, 0.3109, 0.4593, 0.1379,
    0.0722, 0.2898, 0.3206,
  ],
  coefficients: [
    0.1733, 0.2465, 0.0108, 0.1328, 0.3498, 0.1906, -0.0373, 0.1153, 0.466, 0.1399, 0.2119, -0.2015, 0.3728, 0.0122,
    -0.433, 0.2399, 0.6567,
  ],
  intercept: -3.2056,
};

/** The probability that a pair is the same claim or overlaps it in part (worth showing as related). */
export const RELATED_WEIGHTS: DecisionModel = {
  mean: [
    0.1873, 0.1972, 0.1794, 0.1145, 0.1419, 0.221, 0.3196, 0.1054, 0.082, 0.0049, 0.1179, 0.1137, 2.5218, 0.0823,
    0.0049, 0.6159, 0.6397,
  ],
  scale: [
    0.1301, 0.1446, 0.1486, 0.1217, 0.1116, 0.4149, 0.4663, 0.3071, 0.2743, 0.0699, 0.3225, 0.3175, 0.4622, 0.1512,
    0.0699, 0.2915, 0.3205,
  ],
  coefficients: [
    0.1454, 0.1411, -0.0906, 0.1684, 0.3303, 0.1423, -0.056, 0.0274, 0.4572, 0.1116, 0.2406, -0.1992, 0.3472, 0.2873,
    -0.4086, 0.2756, 0.4485,
  ],
  intercept: -2.3459,
};

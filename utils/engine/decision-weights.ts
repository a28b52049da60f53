// Written by scripts/train/decision.ts (`npm run train -- --write`): do not edit by hand.
import type { DecisionModel } from './decision';

/** The probability that a pair reports the same claim. */
export const SAME_WEIGHTS: DecisionModel = {
  mean: [
    0.1785, 0.1894, 0.1699, 0.11, 0.1341, 0.2031, 0.3059, 0.1048, 0.0762, 0.0044, 0.0971, 0.1084, 1.8496, 0.0708,
    0.0052,
  ],
  scale: [
    0.1225, 0.1393, 0.1398, 0.1191, 0.1039, 0.4023, 0.4608, 0.3063, 0.2653, 0.0664, 0.2961, 0.3109, 0.4422, 0.1379,
    0.0722,
  ],
  coefficients: [
    0.2575, 0.2782, 0.0697, 0.1594, 0.3247, 0.3034, 0.3032, 0.1426, 0.4618, 0.1313, 0.1919, -0.1533, 0.3708, 0.0303,
    -0.4369,
  ],
  intercept: -3.0508,
};

/** The probability that a pair is the same claim or overlaps it in part (worth showing as related). */
export const RELATED_WEIGHTS: DecisionModel = {
  mean: [
    0.1873, 0.1972, 0.1794, 0.1145, 0.1419, 0.221, 0.3196, 0.1054, 0.082, 0.0049, 0.1179, 0.1137, 1.8574, 0.0823,
    0.0049,
  ],
  scale: [
    0.1301, 0.1446, 0.1486, 0.1217, 0.1116, 0.4149, 0.4663, 0.3071, 0.2743, 0.0699, 0.3225, 0.3175, 0.4456, 0.1512,
    0.0699,
  ],
  coefficients: [
    0.2409, 0.1546, -0.0149, 0.1859, 0.3144, 0.2691, 0.1922, 0.0518, 0.4587, 0.1093, 0.2157, -0.1563, 0.3084, 0.3009,
    -0.417,
  ],
  intercept: -2.2586,
};

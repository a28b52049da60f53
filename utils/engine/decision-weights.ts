// Written by scripts/train/decision.ts (`npm run train -- --write`): do not edit by hand.
import type { DecisionModel } from './decision';

export const DECISION_WEIGHTS: DecisionModel = {
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

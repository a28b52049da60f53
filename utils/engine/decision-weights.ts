// Written by scripts/train/decision.ts (`npm run train -- --write`): do not edit by hand.
import type { DecisionModel } from './decision';

export const DECISION_WEIGHTS: DecisionModel = {
  mean: [
    0.1785, 0.1894, 0.1699, 0.11, 0.1341, 0.2031, 0.3059, 0.1048, 0.0762, 0.0044, 0.0971, 0.1084, 1.8496, 0.1435,
    0.0052,
  ],
  scale: [
    0.1225, 0.1393, 0.1398, 0.1191, 0.1039, 0.4023, 0.4608, 0.3063, 0.2653, 0.0664, 0.2961, 0.3109, 0.4422, 0.1421,
    0.0722,
  ],
  coefficients: [
    0.0701, 0.2063, -0.0019, 0.2832, 0.2327, 0.3463, 0.3514, 0.1567, 0.4747, 0.1421, 0.1987, -0.1521, 0.3297, 0.5402,
    -0.4027,
  ],
  intercept: -3.1487,
};

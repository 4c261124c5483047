export { addSums, sumsOf, zeroSums, type Sums } from './sums';
export {
	summarize,
	tCritical,
	type ConfidenceInterval,
	type ScaleBounds,
	type Summary
} from './summary';
export { distributionOf, sharePositive, type Distribution } from './distribution';
export { welchTest, type WelchResult } from './welch';
export { respondentScore } from './respondent-score';
export { responseRate } from './response-rate';

import quantile from '@stdlib/stats-base-dists-t-quantile';
import { assertValidSums, meanOf, sampleVariance, type Sums } from './sums';

export interface ScaleBounds {
	min: number;
	max: number;
}

export interface ConfidenceInterval {
	low: number;
	high: number;
}

export interface Summary {
	n: number;
	/** null when n = 0 */
	mean: number | null;
	/** Sample SD (n − 1 denominator); null when n < 2 */
	sd: number | null;
	/** CI of the mean from t with n − 1 df, clipped to the scale's ends; null when n < 2 */
	ci: ConfidenceInterval | null;
}

/** Two-sided critical value of t for the given confidence level. */
export function tCritical(level: number, degreesOfFreedom: number): number {
	return quantile(1 - (1 - level) / 2, degreesOfFreedom);
}

export function summarize(sums: Sums, scale: ScaleBounds, level = 0.95): Summary {
	assertValidSums(sums);
	if (!(scale.min <= scale.max)) throw new RangeError('Scale min must not exceed max');
	if (!(level > 0 && level < 1)) throw new RangeError(`Level must be in (0, 1), got ${level}`);

	const mean = meanOf(sums);
	const variance = sampleVariance(sums);
	if (mean === null || variance === null) return { n: sums.n, mean, sd: null, ci: null };

	const sd = Math.sqrt(variance);
	const halfWidth = (tCritical(level, sums.n - 1) * sd) / Math.sqrt(sums.n);
	// The mean of values on the scale cannot leave the scale, so neither should its interval:
	// an unclipped interval of a small sample would show values no one can answer.
	const ci = {
		low: Math.max(scale.min, mean - halfWidth),
		high: Math.min(scale.max, mean + halfWidth)
	};
	return { n: sums.n, mean, sd, ci };
}

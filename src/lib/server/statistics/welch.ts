import cdf from '@stdlib/stats-base-dists-t-cdf';
import { assertValidSums, meanOf, sampleVariance, type Sums } from './sums';

export interface WelchResult {
	t: number;
	/** Welch–Satterthwaite degrees of freedom (not an integer in general) */
	df: number;
	/** Two-sided p-value */
	p: number;
	/** p < alpha */
	significant: boolean;
	/** mean_b − mean_a: b is the later year, so a positive difference is an increase */
	difference: number;
}

/**
 * Welch's two-sided t-test for a difference of means with unequal variances.
 *
 * Returns null when the test is undefined:
 * - either sample has n < 2 (no variance estimate), or
 * - both variances are 0 (every value within each sample the same). The standard error is then
 *   0, so t is 0/0 or ±∞ and the Welch–Satterthwaite df is 0/0. We deliberately do not call a
 *   difference between two constant samples "statistiskt säkerställd": such samples are in
 *   practice tiny groups, and a claim of certainty would overstate them. The caller still has
 *   both means and can show the difference without a significance claim.
 *
 * One zero variance is fine: the standard error and df then come from the other sample alone.
 */
export function welchTest(a: Sums, b: Sums, alpha = 0.05): WelchResult | null {
	assertValidSums(a);
	assertValidSums(b);
	if (!(alpha > 0 && alpha < 1)) throw new RangeError(`Alpha must be in (0, 1), got ${alpha}`);

	const meanA = meanOf(a);
	const meanB = meanOf(b);
	const varianceA = sampleVariance(a);
	const varianceB = sampleVariance(b);
	if (meanA === null || meanB === null || varianceA === null || varianceB === null) return null;
	if (varianceA === 0 && varianceB === 0) return null;

	const shareA = varianceA / a.n;
	const shareB = varianceB / b.n;
	const standardErrorSquared = shareA + shareB;
	const difference = meanB - meanA;
	const t = difference / Math.sqrt(standardErrorSquared);
	const df =
		(standardErrorSquared * standardErrorSquared) /
		((shareA * shareA) / (a.n - 1) + (shareB * shareB) / (b.n - 1));
	// Two-sided: both tails, computed from the lower one to avoid cancellation in 1 − cdf.
	const p = Math.min(1, 2 * cdf(-Math.abs(t), df));
	return { t, df, p, significant: p < alpha, difference };
}

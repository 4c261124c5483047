import cdf from '@stdlib/stats-base-dists-t-cdf';
import { describe, expect, it } from 'vitest';
import { sumsOf, type Sums } from './sums';
import { welchTest } from './welch';

/** Sums of a sample given by n, mean and sample SD: Σx = n·mean, Σx² = (n − 1)·SD² + n·mean². */
function sumsFrom(n: number, mean: number, sd: number): Sums {
	return { n, sum: n * mean, sumSquares: (n - 1) * sd * sd + n * mean * mean };
}

/**
 * Two-sided p of t with df degrees of freedom by numerical integration, independent of stdlib.
 * Substituting x = √df · tan θ turns the t density (1 + x²/df)^(−(df + 1)/2) dx into a
 * multiple of cos^(df − 1) θ dθ on [0, π/2), so P(|T| > |t|) is the integral of cos^(df − 1)
 * from atan(|t|/√df) to π/2 divided by the integral from 0 to π/2 (Simpson's rule, df ≥ 1).
 */
function twoSidedPByIntegration(t: number, df: number): number {
	const integrate = (from: number, to: number): number => {
		const steps = 20_000;
		const h = (to - from) / steps;
		const f = (theta: number) => Math.max(0, Math.cos(theta)) ** (df - 1);
		let total = f(from) + f(to);
		for (let i = 1; i < steps; i++) total += (i % 2 === 0 ? 2 : 4) * f(from + i * h);
		return (total * h) / 3;
	};
	const edge = Math.atan(Math.abs(t) / Math.sqrt(df));
	return integrate(edge, Math.PI / 2) / integrate(0, Math.PI / 2);
}

describe('welchTest', () => {
	it('reproduces the published example with equal group sizes', () => {
		// Wikipedia, "Welch's t-test", example 1: n 15 and 15, t = 2.46, df = 25.0, p = 0.021
		// (there as A1 − A2 = −2.46; here b − a).
		const a = [
			27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4
		];
		const b = [
			27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4
		];
		const result = welchTest(sumsOf(a), sumsOf(b));
		expect(result?.t).toBeCloseTo(2.46, 2);
		expect(result?.df).toBeCloseTo(25.0, 1);
		expect(result?.p).toBeCloseTo(0.021, 3);
		expect(result?.significant).toBe(true);
		// means 21.3867 and 23.5533
		expect(result?.difference).toBeCloseTo(2.16667, 4);
	});

	it('reproduces the published example with unequal group sizes', () => {
		// Wikipedia, example 2: n 10 and 20, t = 1.57, df = 9.9, p = 0.149
		const a = [17.2, 20.9, 22.6, 18.1, 21.7, 21.4, 23.5, 24.2, 14.7, 21.8];
		const b = [
			21.5, 22.8, 21.0, 23.0, 21.6, 23.6, 22.5, 20.7, 23.4, 21.8, 20.7, 21.7, 21.5, 22.5, 23.6,
			21.5, 22.5, 23.5, 21.5, 21.8
		];
		const result = welchTest(sumsOf(a), sumsOf(b));
		expect(result?.t).toBeCloseTo(1.57, 2);
		expect(result?.df).toBeCloseTo(9.9, 1);
		expect(result?.p).toBeCloseTo(0.149, 3);
		expect(result?.significant).toBe(false);
	});

	it('agrees with a hand computation on a small sample', () => {
		// a = 4, 5, 7: mean 16/3, variance 7/3; b = 6, 7, 7, 7: mean 6.75,
		// variance (183 − 27²/4)/3 = 0.75/3 = 0.25.
		// va/na = 7/9 = 0.777778, vb/nb = 0.0625; SE² = 0.840278, SE = 0.916667;
		// t = (6.75 − 5.333333)/0.916667 = 1.416667/0.916667 = 1.545455;
		// df = 0.840278²/(0.777778²/2 + 0.0625²/3) = 0.706067/0.303770 = 2.32434
		const result = welchTest(sumsOf([4, 5, 7]), sumsOf([6, 7, 7, 7]));
		expect(result?.t).toBeCloseTo(1.545455, 5);
		expect(result?.df).toBeCloseTo(2.32434, 4);
		expect(result?.difference).toBeCloseTo(1.416667, 5);
		expect(result?.significant).toBe(false);
		expect(result?.p).toBeCloseTo(twoSidedPByIntegration(1.545455, 2.32434), 5);
	});

	it('calls a change significant at p < 0.05', () => {
		// 50 answers each, mean 4.0 (SD 1.2) → 4.6 (SD 1.3):
		// SE² = 1.44/50 + 1.69/50 = 0.0288 + 0.0338 = 0.0626, SE 0.250200; t = 0.6/0.2502 = 2.39808;
		// df = 0.0626²/((0.0288² + 0.0338²)/49) = 0.00391876/0.0000402424 = 97.379;
		// p ≈ 0.018
		const result = welchTest(sumsFrom(50, 4.0, 1.2), sumsFrom(50, 4.6, 1.3));
		expect(result?.t).toBeCloseTo(2.39808, 4);
		expect(result?.df).toBeCloseTo(97.379, 2);
		expect(result?.p).toBeCloseTo(twoSidedPByIntegration(2.39808, 97.379), 5);
		expect(result?.p).toBeLessThan(0.05);
		expect(result?.significant).toBe(true);
	});

	it('does not call a smaller change significant', () => {
		// Same samples, mean 4.0 → 4.3: t = 0.3/0.2502 = 1.19904, same df; p ≈ 0.233
		const result = welchTest(sumsFrom(50, 4.0, 1.2), sumsFrom(50, 4.3, 1.3));
		expect(result?.t).toBeCloseTo(1.19904, 4);
		expect(result?.p).toBeCloseTo(twoSidedPByIntegration(1.19904, 97.379), 5);
		expect(result?.significant).toBe(false);
		expect(result?.difference).toBeCloseTo(0.3, 12);
	});

	it('is symmetric: a decrease has negative t and difference and the same p', () => {
		const up = welchTest(sumsFrom(50, 4.0, 1.2), sumsFrom(50, 4.6, 1.3));
		const down = welchTest(sumsFrom(50, 4.6, 1.3), sumsFrom(50, 4.0, 1.2));
		expect(down?.t).toBeCloseTo(-(up?.t ?? 0), 12);
		expect(down?.difference).toBeCloseTo(-0.6, 12);
		expect(down?.p).toBeCloseTo(up?.p ?? 0, 12);
	});

	it('takes another alpha', () => {
		// p ≈ 0.018: significant at 0.05, not at 0.01
		expect(welchTest(sumsFrom(50, 4.0, 1.2), sumsFrom(50, 4.6, 1.3), 0.01)?.significant).toBe(
			false
		);
	});

	it('works when one variance is 0', () => {
		// a = 7, 7, 7 (variance 0); b = 5, 6, 7: mean 6, variance 1.
		// SE² = 0 + 1/3; t = (6 − 7)/√(1/3) = −√3 = −1.73205; df = (1/3)²/((1/3)²/2) = 2.
		// With 2 df the t CDF is closed-form: P(|T| > |t|) = 1 − |t|/√(2 + t²) = 1 − √3/√5 = 0.225403
		const result = welchTest(sumsOf([7, 7, 7]), sumsOf([5, 6, 7]));
		expect(result?.t).toBeCloseTo(-Math.sqrt(3), 12);
		expect(result?.df).toBeCloseTo(2, 12);
		expect(result?.p).toBeCloseTo(1 - Math.sqrt(3 / 5), 10);
		expect(result?.difference).toBe(-1);
		expect(result?.significant).toBe(false);
	});

	it('is null when both variances are 0, whether or not the means differ', () => {
		expect(welchTest(sumsOf([7, 7, 7]), sumsOf([6, 6, 6, 6]))).toBeNull();
		expect(welchTest(sumsOf([5, 5]), sumsOf([5, 5, 5]))).toBeNull();
		// Equal but not exactly representable respondent scores must not leave a rounding
		// residual that passes as variance and yields an enormous t.
		const sevenTimes = (value: number) => Array.from({ length: 7 }, () => value);
		expect(welchTest(sumsOf(sevenTimes(16 / 3)), sumsOf(sevenTimes(5.1)))).toBeNull();
	});

	it('is null when either group has fewer than two answers', () => {
		expect(welchTest(sumsOf([5]), sumsOf([4, 5, 7]))).toBeNull();
		expect(welchTest(sumsOf([4, 5, 7]), sumsOf([]))).toBeNull();
	});

	it('uses the stdlib t CDF consistently with the integration cross-check', () => {
		expect(2 * cdf(-2.0, 5)).toBeCloseTo(twoSidedPByIntegration(2.0, 5), 8);
		// 2 df closed form: 1 − 2/√6
		expect(twoSidedPByIntegration(2.0, 2)).toBeCloseTo(1 - 2 / Math.sqrt(6), 8);
	});
});

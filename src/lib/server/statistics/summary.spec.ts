import cdf from '@stdlib/stats-base-dists-t-cdf';
import { describe, expect, it } from 'vitest';
import { sumsOf, zeroSums } from './sums';
import { summarize, tCritical } from './summary';

const sevenStep = { min: 1, max: 7 };
const fiveStep = { min: 1, max: 5 };

describe('tCritical', () => {
	it('matches printed t tables', () => {
		// Two-sided 95 %: t(0.975, 1) = 12.706, t(0.975, 2) = 4.303, t(0.975, 9) = 2.262,
		// t(0.975, 30) = 2.042; two-sided 90 %: t(0.95, 9) = 1.833.
		expect(tCritical(0.95, 1)).toBeCloseTo(12.706, 3);
		expect(tCritical(0.95, 2)).toBeCloseTo(4.303, 3);
		expect(tCritical(0.95, 9)).toBeCloseTo(2.262, 3);
		expect(tCritical(0.95, 30)).toBeCloseTo(2.042, 3);
		expect(tCritical(0.9, 9)).toBeCloseTo(1.833, 3);
	});

	it('is the inverse of the t CDF', () => {
		expect(cdf(tCritical(0.95, 7), 7)).toBeCloseTo(0.975, 12);
	});
});

describe('summarize', () => {
	it('has no mean, SD or CI without answers (n = 0)', () => {
		expect(summarize(zeroSums, sevenStep)).toEqual({ n: 0, mean: null, sd: null, ci: null });
	});

	it('treats answers that are all "vet inte" as no answers', () => {
		// "vet inte" is null on the scale, so the sums stay empty.
		expect(summarize(sumsOf([null, null, null]), sevenStep)).toEqual({
			n: 0,
			mean: null,
			sd: null,
			ci: null
		});
	});

	it('gives the mean but no SD or CI for one answer (n = 1)', () => {
		expect(summarize(sumsOf([6]), sevenStep)).toEqual({ n: 1, mean: 6, sd: null, ci: null });
	});

	it('clips the CI at both ends for two answers (n = 2)', () => {
		// 1, 7: n 2, Σ 8, Σx² 50; mean 4; variance (50 − 64/2)/1 = 18, SD √18 = 4.2426;
		// t(0.975, 1) = 12.7062; half-width 12.7062 · 4.2426/√2 = 12.7062 · 3 = 38.119
		// → [−34.119, 42.119] clipped to [1, 7]
		const summary = summarize(sumsOf([1, 7]), sevenStep);
		expect(summary.n).toBe(2);
		expect(summary.mean).toBe(4);
		expect(summary.sd).toBeCloseTo(Math.sqrt(18), 12);
		expect(summary.ci).toEqual({ low: 1, high: 7 });
	});

	it('clips the CI at the top of the scale', () => {
		// 4, 5, 7: n 3, Σ 16, Σx² 90; mean 16/3 = 5.3333; variance (90 − 256/3)/2 = 7/3,
		// SD 1.52753; t(0.975, 2) = 4.30265; half-width 4.30265 · 1.52753/√3 = 3.79458
		// → [1.53875, 9.12792] clipped to [1.53875, 7]
		const summary = summarize(sumsOf([4, 5, 7]), sevenStep);
		expect(summary.n).toBe(3);
		expect(summary.mean).toBeCloseTo(5.33333, 5);
		expect(summary.sd).toBeCloseTo(1.52753, 5);
		expect(summary.ci?.low).toBeCloseTo(1.53875, 4);
		expect(summary.ci?.high).toBe(7);
	});

	it('clips the CI at the bottom of the scale', () => {
		// 1, 1, 3: n 3, Σ 5, Σx² 11; mean 1.66667; variance (11 − 25/3)/2 = 4/3, SD 1.15470;
		// half-width 4.30265 · 1.15470/√3 = 4.30265 · 2/3 = 2.86844
		// → [−1.20177, 4.53510] clipped to [1, 4.53510]
		const summary = summarize(sumsOf([1, 1, 3]), sevenStep);
		expect(summary.mean).toBeCloseTo(1.66667, 5);
		expect(summary.sd).toBeCloseTo(1.1547, 4);
		expect(summary.ci?.low).toBe(1);
		expect(summary.ci?.high).toBeCloseTo(4.5351, 4);
	});

	it('gives an unclipped CI on a 1–5 scale', () => {
		// 3, 3, 3, 4, 4, 4, 4, 5, 5, 5: n 10, Σ 40, Σx² 27 + 64 + 75 = 166; mean 4;
		// variance (166 − 160)/9 = 2/3, SD 0.81650; t(0.975, 9) = 2.26216;
		// half-width 2.26216 · 0.81650/√10 = 0.58409 → [3.41591, 4.58409]
		const summary = summarize(sumsOf([3, 3, 3, 4, 4, 4, 4, 5, 5, 5]), fiveStep);
		expect(summary.n).toBe(10);
		expect(summary.mean).toBe(4);
		expect(summary.sd).toBeCloseTo(0.8165, 4);
		expect(summary.ci?.low).toBeCloseTo(3.41591, 4);
		expect(summary.ci?.high).toBeCloseTo(4.58409, 4);
	});

	it('takes another confidence level', () => {
		// Same sample at 90 %: t(0.95, 9) = 1.83311; half-width 1.83311 · 0.25820 = 0.47331
		const ci = summarize(sumsOf([3, 3, 3, 4, 4, 4, 4, 5, 5, 5]), fiveStep, 0.9).ci;
		expect(ci?.low).toBeCloseTo(3.52669, 4);
		expect(ci?.high).toBeCloseTo(4.47331, 4);
	});

	it('gives SD 0 and a zero-width CI when all answers are equal', () => {
		// Seven times 16/3 leaves a rounding residual of +8.5e-14 in the sums (see sums.spec).
		const sums = sumsOf(Array.from({ length: 7 }, () => 16 / 3));
		expect(summarize(sums, sevenStep)).toEqual({
			n: 7,
			mean: sums.sum / 7,
			sd: 0,
			ci: { low: sums.sum / 7, high: sums.sum / 7 }
		});
	});

	it('rejects invalid input', () => {
		expect(() => summarize({ n: -1, sum: 0, sumSquares: 0 }, sevenStep)).toThrow(RangeError);
		expect(() => summarize({ n: 1.5, sum: 3, sumSquares: 9 }, sevenStep)).toThrow(RangeError);
		expect(() => summarize(zeroSums, { min: 7, max: 1 })).toThrow(RangeError);
		expect(() => summarize(zeroSums, sevenStep, 95)).toThrow(RangeError);
	});
});

import { describe, expect, it } from 'vitest';
import { addSums, sampleVariance, sumsOf, zeroSums } from './sums';

describe('sumsOf', () => {
	it('sums the values on the scale', () => {
		// 4 + 5 + 7 = 16; 16 + 25 + 49 = 90
		expect(sumsOf([4, 5, 7])).toEqual({ n: 3, sum: 16, sumSquares: 90 });
	});

	it('skips null ("vet inte", not answered), so it never counts towards n', () => {
		expect(sumsOf([null, 4, null, 5, 7])).toEqual({ n: 3, sum: 16, sumSquares: 90 });
		expect(sumsOf([null, null])).toEqual(zeroSums);
	});

	it('rejects a value that is not a finite number', () => {
		expect(() => sumsOf([4, Number.NaN])).toThrow(RangeError);
	});
});

describe('addSums', () => {
	it('adds sums of disjoint groups to the sums of the union', () => {
		expect(addSums(sumsOf([4, 5]), sumsOf([7]))).toEqual(sumsOf([4, 5, 7]));
	});

	it('has zeroSums as its identity', () => {
		expect(addSums(zeroSums, sumsOf([4, 5, 7]))).toEqual(sumsOf([4, 5, 7]));
		expect(addSums(sumsOf([4, 5, 7]), zeroSums)).toEqual(sumsOf([4, 5, 7]));
	});
});

describe('sampleVariance', () => {
	it('divides by n − 1', () => {
		// 4, 5, 7: Σx² − (Σx)²/n = 90 − 256/3 = 14/3; / (3 − 1) = 7/3
		expect(sampleVariance(sumsOf([4, 5, 7]))).toBeCloseTo(7 / 3, 12);
	});

	it('is null below two values', () => {
		expect(sampleVariance(zeroSums)).toBeNull();
		expect(sampleVariance(sumsOf([6]))).toBeNull();
	});

	it('is exactly 0 for equal values that are not exactly representable', () => {
		// Summed in floating point, Σx² − (Σx)²/n leaves a residual instead of 0: seven times 16/3
		// gives +8.5e-14, seven times 5.1 gives −5.7e-14. Both must read as no spread at all.
		const sevenTimes = (value: number) => Array.from({ length: 7 }, () => value);
		expect(sampleVariance(sumsOf(sevenTimes(16 / 3)))).toBe(0);
		expect(sampleVariance(sumsOf(sevenTimes(5.1)))).toBe(0);
		expect(sampleVariance({ n: 3, sum: 15, sumSquares: 75 - 1e-13 })).toBe(0);
	});

	it('keeps a small real spread', () => {
		// 999 sevens and one six: mean 6.999, Σ(x − mean)² = 999·0.001² + 0.999² = 0.999;
		// / 999 = 0.001
		const values = [...Array.from({ length: 999 }, () => 7), 6];
		expect(sampleVariance(sumsOf(values))).toBeCloseTo(0.001, 10);
	});
});

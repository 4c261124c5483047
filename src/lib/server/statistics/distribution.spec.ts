import { describe, expect, it } from 'vitest';
import { distributionOf, sharePositive } from './distribution';

describe('distributionOf', () => {
	it('counts every step, including empty ones, and leaves out "vet inte"', () => {
		expect(distributionOf([1, 5, 5, null, 4], { min: 1, max: 5 })).toEqual({
			counts: { 1: 1, 2: 0, 3: 0, 4: 1, 5: 2 },
			n: 4
		});
	});

	it('has n 0 when nobody answered on the scale', () => {
		expect(distributionOf([null, null], { min: 1, max: 7 }).n).toBe(0);
	});

	it('rejects values off the scale', () => {
		expect(() => distributionOf([8], { min: 1, max: 7 })).toThrow(RangeError);
		expect(() => distributionOf([2.5], { min: 1, max: 7 })).toThrow(RangeError);
	});
});

describe('sharePositive', () => {
	it('counts the top three steps of a 1–7 scale (positiveFrom 5)', () => {
		// 2 + 1 + 3 + 4 + 5 + 3 + 2 = 20 answers; steps 5–7: 5 + 3 + 2 = 10 → 10/20 = 0.5
		const counts = { 1: 2, 2: 1, 3: 3, 4: 4, 5: 5, 6: 3, 7: 2 };
		expect(sharePositive(counts, 5)).toBe(0.5);
	});

	it('counts from the given step on a 1–5 scale', () => {
		// 1 + 2 + 3 + 4 + 5 = 15 answers; steps 4–5: 4 + 5 = 9 → 9/15 = 0.6
		const counts = { 1: 1, 2: 2, 3: 3, 4: 4, 5: 5 };
		expect(sharePositive(counts, 4)).toBeCloseTo(0.6, 12);
	});

	it('handles steps missing from the counts', () => {
		// 3 answers on step 2 and 1 on step 7 → 1/4
		expect(sharePositive({ 2: 3, 7: 1 }, 5)).toBe(0.25);
	});

	it('is 0 when answers exist but none is positive, and null when there are none', () => {
		expect(sharePositive({ 1: 4, 2: 1 }, 5)).toBe(0);
		expect(sharePositive({}, 5)).toBeNull();
		expect(sharePositive({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0 }, 5)).toBeNull();
	});
});

import { describe, expect, it } from 'vitest';
import { responseRate } from './response-rate';

describe('responseRate', () => {
	it('is responses divided by expected', () => {
		// 45/60 = 0.75
		expect(responseRate(45, 60)).toBe(0.75);
		expect(responseRate(0, 60)).toBe(0);
	});

	it('is null without an expected number', () => {
		expect(responseRate(45, null)).toBeNull();
		expect(responseRate(45, 0)).toBeNull();
	});

	it('is not capped at 1, so a wrong expected number shows', () => {
		// 66/60 = 1.1
		expect(responseRate(66, 60)).toBeCloseTo(1.1, 12);
	});

	it('rejects a negative or fractional number of responses', () => {
		expect(() => responseRate(-1, 60)).toThrow(RangeError);
		expect(() => responseRate(1.5, 60)).toThrow(RangeError);
	});
});

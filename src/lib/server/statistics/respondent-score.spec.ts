import { describe, expect, it } from 'vitest';
import { respondentScore } from './respondent-score';

describe('respondentScore', () => {
	it('is the mean of all statements when all are answered', () => {
		// (4 + 5 + 7 + 6)/4 = 5.5
		expect(respondentScore([4, 5, 7, 6], 4)).toBe(5.5);
	});

	it('counts exactly half answered', () => {
		// 2 of 4 answered: (3 + 6)/2 = 4.5
		expect(respondentScore([3, null, 6, null], 4)).toBe(4.5);
	});

	it('is null when less than half is answered', () => {
		expect(respondentScore([3, null, null, null], 4)).toBeNull();
	});

	it('with an odd number of statements needs more than half (1 of 3: null; 2 of 3: counts)', () => {
		expect(respondentScore([null, 5, null], 3)).toBeNull();
		// (5 + 6)/2 = 5.5
		expect(respondentScore([null, 5, 6], 3)).toBe(5.5);
	});

	it('gives an exact mean of the answered statements', () => {
		// (4 + 5 + 7)/3 = 16/3
		expect(respondentScore([4, 5, 7], 3)).toBe(16 / 3);
	});

	it('takes unanswered statements that are absent rather than null', () => {
		// 1 of 2 statements present: exactly half → 6
		expect(respondentScore([6], 2)).toBe(6);
		expect(respondentScore([6], 3)).toBeNull();
	});

	it('is null when nothing is answered ("vet inte" throughout)', () => {
		expect(respondentScore([null, null], 2)).toBeNull();
		expect(respondentScore([], 1)).toBeNull();
	});

	it('counts the single statement of a one-statement indicator', () => {
		expect(respondentScore([2], 1)).toBe(2);
	});

	it('rejects more answers than statements and an empty indicator', () => {
		expect(() => respondentScore([1, 2, 3], 2)).toThrow(RangeError);
		expect(() => respondentScore([], 0)).toThrow(RangeError);
	});
});

import { describe, expect, it } from 'vitest';
import * as statistics from './index';

describe('statistics index', () => {
	it('re-exports the public API', () => {
		expect(Object.keys(statistics).sort()).toEqual(
			[
				'addSums',
				'distributionOf',
				'respondentScore',
				'responseRate',
				'sharePositive',
				'summarize',
				'sumsOf',
				'tCritical',
				'welchTest',
				'zeroSums'
			].sort()
		);
	});

	it('summarizes indicator values built from respondent scores', () => {
		// Three respondents of a 3-statement indicator: (4 + 5 + 6)/3 = 5, (6 + 7)/2 = 6.5,
		// one with a single answer (does not count). Scores 5, 6.5 → n 2, mean 5.75,
		// variance (5 − 5.75)² + (6.5 − 5.75)² = 1.125, SD 1.06066.
		const scores = [
			statistics.respondentScore([4, 5, 6], 3),
			statistics.respondentScore([6, null, 7], 3),
			statistics.respondentScore([null, null, 2], 3)
		];
		const summary = statistics.summarize(statistics.sumsOf(scores), { min: 1, max: 7 });
		expect(summary.n).toBe(2);
		expect(summary.mean).toBe(5.75);
		expect(summary.sd).toBeCloseTo(1.06066, 5);
	});
});

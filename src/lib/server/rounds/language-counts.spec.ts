import { describe, expect, it } from 'vitest';
import { defaultThresholds } from '../disclosure';
import { languageCounts } from './language-counts';

describe('answers by language on the round page', () => {
	it('shows the languages when each one with answers has at least five', () => {
		expect(languageCounts(1, { sv: 12, ar: 5, ti: 0 }, defaultThresholds)).toEqual({
			sv: 12,
			ar: 5
		});
	});

	it('shows none of them when one language has fewer, so that nobody is singled out', () => {
		expect(languageCounts(1, { sv: 14, ti: 1 }, defaultThresholds)).toBeNull();
		expect(languageCounts(1, { sv: 3 }, defaultThresholds)).toBeNull();
	});

	it('has nothing to hide before the first answer', () => {
		expect(languageCounts(1, {}, defaultThresholds)).toEqual({});
	});
});

import { describe, expect, it } from 'vitest';
import { compareSentence, describeChange, formatDifference } from './describe';
import type { Figure } from './types';

const shown = (mean: number): Figure => ({
	hidden: false,
	n: 10,
	mean,
	sd: 1,
	ci: null,
	sharePositive: null,
	distribution: null
});

describe('result wording', () => {
	it('signs differences with a real minus and a decimal comma', () => {
		expect(formatDifference(0.42)).toBe('+0,4');
		expect(formatDifference(-0.35)).toBe('−0,4');
		expect(formatDifference(0.01)).toBe('±0,0');
	});

	it('says in words whether a change is significant', () => {
		expect(describeChange({ difference: 0.6, p: 0.01, significant: true })).toBe(
			'+0,6 (statistiskt säkerställd ökning)'
		);
		expect(describeChange({ difference: -0.2, p: 0.4, significant: false })).toBe(
			'−0,2 (ingen säkerställd förändring)'
		);
		expect(describeChange(null)).toBe('');
	});

	it('compares only pairs where both figures are shown', () => {
		expect(
			compareSentence('Förbundet', [
				{ own: shown(5), nation: shown(4) },
				{ own: { hidden: true }, nation: shown(4) },
				{ own: shown(3), nation: shown(4) }
			])
		).toBe('Förbundet ligger över riket på 1 och under riket på 1 av de 2 indikatorer som visas.');
	});
});

import { describe, expect, it } from 'vitest';
import { shippedInstrument } from '$test/builders';
import { fillPhrase } from './text';

const minutes = (language: string, n: number) =>
	fillPhrase(shippedInstrument.phrases[language]!.minutes!, { minutes: n }, language);

describe('interface phrases with numbers', () => {
	it('fills placeholders and leaves unknown ones as they are', () => {
		expect(fillPhrase('Från {forbund}, {okänd}.', { forbund: 'Östra' })).toBe(
			'Från Östra, {okänd}.'
		);
	});

	it('says minutes in Arabic by the language’s own plural rules', () => {
		expect(minutes('ar', 1)).toBe('تحتاج الإجابة إلى دقيقة واحدة تقريبًا.');
		expect(minutes('ar', 2)).toBe('تحتاج الإجابة إلى دقيقتين تقريبًا.');
		expect(minutes('ar', 5)).toBe('تحتاج الإجابة إلى 5 دقائق تقريبًا.');
		expect(minutes('ar', 11)).toBe('تحتاج الإجابة إلى 11 دقيقة تقريبًا.');
	});

	it('says one minute and several minutes in Swedish and English', () => {
		expect(minutes('sv', 1)).toBe('Det tar ungefär 1 minut att svara.');
		expect(minutes('sv', 5)).toBe('Det tar ungefär 5 minuter att svara.');
		expect(minutes('en', 1)).toBe('It takes about 1 minute to answer.');
		expect(minutes('en', 5)).toBe('It takes about 5 minutes to answer.');
		// Easy Swedish has a code of its own; Swedish rules apply.
		expect(minutes('lattlast', 1)).toBe('Det tar ungefär 1 minut att svara.');
	});

	it('uses `other` when a phrase lacks the category', () => {
		expect(fillPhrase('{n, plural, other {# saker}}', { n: 1 }, 'sv')).toBe('1 saker');
	});
});

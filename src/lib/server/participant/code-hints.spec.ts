import { describe, expect, it } from 'vitest';
import { loadInstrument } from '../instrument/load-instrument';
import { codeHints } from './code-hints';

const shippedInstrument = loadInstrument('surveys');

describe('the one-line hints on /kod', () => {
	it('say what to do in every language but Swedish, each marked with its own lang and dir', () => {
		const hints = codeHints(shippedInstrument);
		expect(hints.map((h) => h.lang)).toEqual(['en', 'ar', 'so', 'ti', 'fa']);
		expect(hints.find((h) => h.lang === 'ar')).toEqual({
			lang: 'ar',
			dir: 'rtl',
			text: shippedInstrument.phrases.ar!.codeHint
		});
		expect(hints.every((h) => h.text.length > 0)).toBe(true);
	});
});

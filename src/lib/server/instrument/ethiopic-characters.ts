import type { Instrument } from '../../instrument/types';

/** Ethiopic, Ethiopic Supplement, Extended and Extended-A: the script Tigrinya is written in. */
const ethiopicPattern = /[\u1200-\u139F\u2D80-\u2DDF\uAB00-\uAB2F\u{1E7E0}-\u{1E7FF}]/u;

/** Every string anywhere in the instrument: texts, phrases, labels, language names. */
function allStrings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(allStrings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
	return [];
}

function ethiopicIn(texts: string[]): string[] {
	const found = new Set(texts.flatMap((text) => [...text].filter((c) => ethiopicPattern.test(c))));
	return [...found].sort();
}

/**
 * The Ethiopic characters the instrument uses, in two sets for two font files. `everywhere` is
 * what pages before a language choice show in Tigrinya (the language's name on the landing page
 * and the one-line hint on /kod): a small file that those pages, on an 8 KB budget, can afford.
 * `rest` is every other character of the Tigrinya texts, needed only once Tigrinya is chosen.
 */
export function ethiopicCharacters(instrument: Instrument): {
	everywhere: string[];
	rest: string[];
} {
	const everywhere = ethiopicIn(
		instrument.languages
			.filter((language) => language.lang === 'ti')
			.flatMap((language) => [language.name, instrument.phrases[language.code]?.codeHint ?? ''])
	);
	const all = ethiopicIn(allStrings(instrument));
	return { everywhere, rest: all.filter((c) => !everywhere.includes(c)) };
}

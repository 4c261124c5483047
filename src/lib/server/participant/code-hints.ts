import type { Instrument, TextDirection } from '../../instrument/types';

export interface CodeHint {
	lang: string;
	dir: TextDirection;
	text: string;
}

/**
 * `/kod` comes before anyone has chosen a language, so the page is Swedish and, below it, says
 * what to do in one line in each other language of the instrument, each marked with its own
 * `lang`. Easy Swedish is left out: it is Swedish, and the page's own words are short.
 */
export function codeHints(instrument: Instrument): CodeHint[] {
	return instrument.languages
		.filter((language) => language.lang !== 'sv')
		.flatMap((language) => {
			const text = instrument.phrases[language.code]?.codeHint;
			return text ? [{ lang: language.lang, dir: language.dir, text }] : [];
		});
}

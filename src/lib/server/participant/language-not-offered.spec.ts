import { describe, expect, it } from 'vitest';
import { loadInstrument } from '../instrument/load-instrument';
import { languageNotOffered, languageMissing } from './language-not-offered';
import { participantChrome } from './questionnaire-view';

const instrument = loadInstrument('surveys');
const round = { token: 'rKho573y_vRiVBmafywe43ea' };

describe('a link to a language the round does not offer', () => {
	it('says so in Swedish and, marked with its own lang, in the language asked for', () => {
		expect(languageNotOffered(round, 'so', instrument)).toEqual({
			message: languageMissing,
			otherLanguages: {
				token: round.token,
				line: { text: instrument.phrases.so!.languageNotOffered, lang: 'so', dir: 'ltr' }
			}
		});
		expect(languageNotOffered(round, 'fa', instrument).otherLanguages?.line?.dir).toBe('rtl');
	});

	it('has only the Swedish words for easy Swedish and for codes the instrument lacks', () => {
		expect(languageNotOffered(round, 'lattlast', instrument).otherLanguages?.line).toBeUndefined();
		expect(languageNotOffered(round, 'xx', instrument).otherLanguages).toEqual({
			token: round.token,
			line: undefined
		});
	});
});

describe("the site's frame on a participant page", () => {
	it('speaks the page language', () => {
		expect(participantChrome(instrument, 'ar')).toEqual({
			lang: 'ar',
			dir: 'rtl',
			skipToContent: instrument.phrases.ar!.skipToContent,
			accessibilityStatement: instrument.phrases.ar!.accessibilityStatement
		});
		expect(participantChrome(instrument, 'xx')).toBeUndefined();
	});
});

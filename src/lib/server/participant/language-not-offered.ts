import type { Instrument } from '../../instrument/types';
import type { ParticipantRound } from '../db/rounds';
import { getInstrument } from '../instrument';
import { participantLanguage } from './questionnaire-view';

export const languageMissing = 'Enkäten finns inte på det språket.';

/**
 * The 404 of a link to a language the round does not offer. The page stays Swedish (and says so
 * with `lang="sv"`), but someone who followed an Arabic link reads why in Arabic too, marked with
 * its own `lang`, and finds the way to the languages the round has.
 */
export function languageNotOffered(
	round: Pick<ParticipantRound, 'token'>,
	code: string,
	instrument: Instrument = getInstrument()
): App.Error {
	const language = participantLanguage(instrument, code);
	const text = instrument.phrases[code]?.languageNotOffered;
	return {
		message: languageMissing,
		otherLanguages: {
			token: round.token,
			// Easy Swedish is Swedish: the Swedish message already says it.
			line:
				language && text && language.lang !== 'sv'
					? { text, lang: language.lang, dir: language.dir }
					: undefined
		}
	};
}
